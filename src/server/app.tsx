/**
 * The registry web app and HTTP API as one Hono app. `createApp` takes its dependencies, so tests
 * drive it with `app.request()` and no server, and the same app runs under `counterweight serve`.
 */
import { Hono, type Context } from "hono";
import type { UnofficialStatusCode } from "hono/utils/http-status";
import { bodyLimit } from "hono/body-limit";
import { formatBytes, resolveLimits, type Limits } from "../core/index.ts";
import type { Store } from "../store/index.ts";
import { analysisCache } from "./analysis-cache.ts";
import { apiAnalyzeRoute } from "./api/analyze-route.ts";
import { apiReadRoutes } from "./api/read-routes.ts";
import { apiVersionRoutes } from "./api/version-routes.ts";
import { apiWriteRoutes } from "./api/write-routes.ts";
import type { Analyzer, AppDeps, ReportAnalyzer } from "./deps.ts";
import { apiError, errorBody, toApiError, type ApiError } from "./http-errors.ts";
import { renderPage } from "./pages/layout.tsx";
import { ErrorPage } from "./pages/simple-pages.tsx";
import { browseRoutes } from "./routes/browse-routes.tsx";
import { metaRoutes } from "./routes/meta-routes.tsx";
import { reportRoutes } from "./routes/report-routes.tsx";
import { versionRoutes } from "./routes/version-routes.tsx";
import { DEFAULT_RATE_LIMITS, rateLimit, type RateLimitOptions } from "./middleware/index.ts";
import { securityHeaders } from "./security-headers.ts";
import { storedReports } from "./stored-reports.ts";
import { registryPages } from "./registry-pages.ts";
import { NO_SEED_SOURCES, type SeedSources } from "./seed-sources.ts";
import { VIEW_FLUSH_MS, viewCounter, type ViewCounter } from "./view-counter.ts";
import { CLIENT_CLOSED_REQUEST, RequestWithdrawn } from "./withdrawn.ts";

export interface AppOptions {
  store: Store;
  /** The token writes must present; without one, writes are refused. */
  adminToken?: string;
  /** The analysis pipeline; defaults to the library's `analyzeBytes`. */
  analyze?: Analyzer;
  /** The report JSON of an analysis, e.g. rendered in a worker; defaults to rendering `analyze`'s result. */
  analyzeReport?: ReportAnalyzer;
  limits?: Partial<Limits>;
  /** How long page views are gathered in memory before one write (default 1000 ms; 0 writes at once). */
  viewFlushMs?: number;
  /** Where page views are counted; pass one to flush it on shutdown (default: one of the app's own). */
  views?: ViewCounter;
  /** Requests per client (by socket address): stricter for analyses; false turns limiting off. */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** Where seeded services' texts came from (default: none), for the credit on their pages. */
  seedSources?: SeedSources;
  /** Called with errors that are our fault (a 500), e.g. to log them. */
  onInternalError?: (error: unknown) => void;
}

const loadLibraryAnalyzer: Analyzer = async (bytes, name, options) => {
  const { analyzeBytes } = await import("../analyze.ts");
  return analyzeBytes(bytes, name, options);
};

/**
 * @example
 * const app = createApp({ store: await openStore(":memory:") });
 * const response = await app.request("/services");
 */
export function createApp(options: AppOptions): Hono {
  const limits = resolveLimits(options.limits);
  const analyses = analysisCache(options.analyze ?? loadLibraryAnalyzer, undefined, options.analyzeReport);
  const deps: AppDeps = {
    store: options.store,
    adminToken: options.adminToken,
    analyze: analyses.analyze,
    analyses,
    reports: storedReports(),
    pages: registryPages(options.store),
    seedSources: options.seedSources ?? NO_SEED_SOURCES,
    limits,
  };
  const isApi = (c: Context) => c.req.path.startsWith("/api/");
  const respond = async (c: Context, error: ApiError) =>
    isApi(c)
      ? c.json(errorBody(error), error.status)
      : c.html(await renderPage(<ErrorPage status={error.status} message={error.message} />), error.status);

  const app = new Hono();
  app.use(securityHeaders());
  if (options.rateLimit !== false) {
    const tooMany = (c: Context, seconds: number) =>
      respond(
        c,
        apiError(429, "RATE_LIMITED", `too many requests from your address; try again in ${seconds} s`),
      );
    app.use(rateLimit({ ...DEFAULT_RATE_LIMITS, ...options.rateLimit }, tooMany));
  }
  app.use(
    bodyLimit({
      // A little room over the file limit for multipart framing and JSON escapes.
      maxSize: limits.maxBytes + 64 * 1024,
      onError: (c) =>
        respond(
          c,
          apiError(
            413,
            "TOO_LARGE",
            `request: the body is over ${formatBytes(limits.maxBytes)}; send a smaller file`,
          ),
        ),
    }),
  );
  app.use(countPageViews(options.views ?? viewCounter(options.store, options.viewFlushMs ?? VIEW_FLUSH_MS)));

  app.route("/api", apiAnalyzeRoute(deps));
  app.route("/api", apiReadRoutes(deps));
  app.route("/api", apiWriteRoutes(deps));
  app.route("/api", apiVersionRoutes(deps));
  app.route("/", metaRoutes(deps));
  app.route("/", browseRoutes(deps));
  // Before the report routes: `/services/{slug}/feed.xml` would otherwise read as a document type.
  app.route("/", versionRoutes(deps));
  app.route("/", reportRoutes(deps));

  app.notFound((c) =>
    respond(c, apiError(404, "NOT_FOUND", "There is nothing at this address; check the link.")),
  );
  app.onError((error, c) => {
    if (error instanceof RequestWithdrawn) return c.body(null, CLIENT_CLOSED_REQUEST as UnofficialStatusCode);
    const problem = toApiError(error);
    if (problem.status === 500) (options.onInternalError ?? ((e) => console.error(e)))(error);
    return respond(c, problem);
  });
  return app;
}

/**
 * Counts successful HTML page views per path per hour (see view-counter.ts). The write is batched
 * and never awaited, so a busy database never slows a page down.
 */
function countPageViews(views: ViewCounter) {
  return async (c: Context, next: () => Promise<void>) => {
    await next();
    const counted = c.req.method === "GET" && c.res.status === 200 && !c.req.path.startsWith("/api/");
    if (counted && (c.res.headers.get("Content-Type") ?? "").startsWith("text/html")) {
      views.count(c.req.path);
    }
  };
}
