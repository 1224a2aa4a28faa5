/** The HTML error pages routes return for a missing resource or a bad request. */
import type { Context } from "hono";
import { renderPage } from "../pages/layout.tsx";
import { ErrorPage } from "../pages/simple-pages.tsx";

/** A 404 page with a message that says where to go instead. */
export async function notFound(c: Context, message: string) {
  return c.html(await renderPage(<ErrorPage status={404} message={message} />), 404);
}
