import { spawnSync } from "node:child_process";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../store/index.ts";
import { ADMIN_TOKEN, seededApp } from "./testing/seeded-app.ts";

let app: Hono;
let store: Store;
beforeEach(async () => ({ app, store } = await seededApp({ maxBytes: 64 * 1024 })));
afterEach(() => store.close());

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toContain("application/json");
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toContain("\n");
  expect(body.error.message).not.toMatch(/at \w+ \(/);
  return body.error.message;
}

describe("POST /api/analyze", () => {
  it("returns the report JSON for a JSON body with a context", async () => {
    const response = await postJson("/api/analyze", {
      text: "You agree to binding arbitration. We are not liable for anything.",
      context: { party: "worker", negotiable: "no", alternatives: "none" },
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      schemaVersion: string;
      findings: Array<{ category: string }>;
      assessment: { context: { party: string } };
    };
    expect(report.schemaVersion).toBeDefined();
    expect(report.findings.map((f) => f.category).sort()).toEqual(["a", "ltd"]);
    expect(report.assessment.context.party).toBe("worker");
  });

  it("analyses a multipart upload with context fields", async () => {
    const form = new FormData();
    form.set(
      "file",
      new File(["We may terminate your account at any time."], "terms.txt", { type: "text/plain" }),
    );
    form.set("negotiable", "yes");
    const response = await app.request("/api/analyze", { method: "POST", body: form });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      findings: unknown[];
      assessment: { context: { negotiable: boolean } };
    };
    expect(report.findings).toHaveLength(1);
    expect(report.assessment.context.negotiable).toBe(true);
  });

  it("answers hostile and malformed bodies with a 4xx JSON error, never a 500", async () => {
    await expectError(await postJson("/api/analyze", "{not json"), 400, "USAGE");
    await expectError(await postJson("/api/analyze", "[]"), 400, "USAGE");
    await expectError(await postJson("/api/analyze", { text: 42 }), 400, "USAGE");
    await expectError(await postJson("/api/analyze", { text: "" }), 400, "USAGE");
    await expectError(await postJson("/api/analyze", { text: "x", extra: true }), 400, "USAGE");
    await expectError(
      await postJson("/api/analyze", { text: "x", context: { party: "king" } }),
      400,
      "USAGE",
    );
    await expectError(await postJson("/api/analyze", "[".repeat(100_000)), 400, "USAGE");
    await expectError(await postJson("/api/analyze", { text: "   " }), 422, "EMPTY_INPUT");
    const plain = await app.request("/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: "hello",
    });
    await expectError(plain, 415, "UNSUPPORTED_TYPE");
    const none = await app.request("/api/analyze", { method: "POST", body: new Uint8Array([1, 2, 3]) });
    await expectError(none, 415, "UNSUPPORTED_TYPE");
  });

  it("answers another method with 405", async () => {
    await expectError(await app.request("/api/analyze", { method: "PUT" }), 405, "METHOD_NOT_ALLOWED");
  });

  it("refuses an oversized body with 413", async () => {
    const message = await expectError(
      await postJson("/api/analyze", { text: "a".repeat(200 * 1024) }),
      413,
      "TOO_LARGE",
    );
    expect(message).toContain("64 KB");
  });

  it("refuses a binary upload and a multipart body without a file", async () => {
    const binary = new FormData();
    binary.set("file", new File([new Uint8Array([0x00, 0xff, 0x00, 0x10])], "image.png"));
    await expectError(
      await app.request("/api/analyze", { method: "POST", body: binary }),
      415,
      "UNSUPPORTED_TYPE",
    );
    const empty = new FormData();
    empty.set("party", "consumer");
    await expectError(await app.request("/api/analyze", { method: "POST", body: empty }), 400, "USAGE");
    const broken = await app.request("/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      body: "--x\r\nnonsense",
    });
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.status).toBeLessThan(500);
  });
});

describe("read endpoints", () => {
  it("lists services and documents", async () => {
    const { services } = (await (await app.request("/api/services")).json()) as {
      services: Array<{ slug: string }>;
    };
    expect(services.map((s) => s.slug)).toEqual(["acme-cloud", "boxly", "harbour-co-op"]);
    const { documents } = (await (await app.request("/api/documents?limit=2")).json()) as {
      documents: unknown[];
    };
    expect(documents).toHaveLength(2);
    await expectError(await app.request("/api/documents?limit=0"), 400, "USAGE");
  });

  it("returns a service with related services, and 404 for an unknown one", async () => {
    const body = (await (await app.request("/api/services/acme-cloud")).json()) as {
      service: { documents: unknown[] };
      related: Array<{ slug: string; similarity: number }>;
    };
    expect(body.service.documents).toHaveLength(1);
    expect(body.related[0]!.slug).toBe("boxly");
    expect(body.related[0]!.similarity).toBeGreaterThan(0.5);
    await expectError(await app.request("/api/services/nope"), 404, "NOT_FOUND");
  });

  it("returns a stored report, re-weighed for another context", async () => {
    const stored = (await (await app.request("/api/services/acme-cloud/documents/terms")).json()) as {
      assessment: { score: number; context: { party: string } };
    };
    expect(stored.assessment.context.party).toBe("consumer");
    const worker = (await (
      await app.request("/api/services/acme-cloud/documents/terms?party=worker&alternatives=none")
    ).json()) as {
      assessment: { score: number; context: { party: string } };
    };
    expect(worker.assessment.context.party).toBe("worker");
    expect(worker.assessment.score).toBeGreaterThan(stored.assessment.score);
    await expectError(await app.request("/api/services/acme-cloud/documents/privacy"), 404, "NOT_FOUND");
  });

  it("lists findings filtered by category", async () => {
    const { findings } = (await (await app.request("/api/findings?category=a")).json()) as {
      findings: Array<{ serviceSlug: string; text: string }>;
    };
    expect(findings.map((f) => f.serviceSlug)).toEqual(["acme-cloud", "boxly"]);
    expect(findings[0]!.text).toContain("binding arbitration");
    await expectError(await app.request("/api/findings?category=zz"), 400, "USAGE");
  });

  it("searches with match offsets", async () => {
    const result = (await (await app.request("/api/search?q=arbitration")).json()) as {
      passages: Array<{ text: string; matches: Array<{ start: number; end: number }> }>;
    };
    expect(result.passages).toHaveLength(2);
    for (const p of result.passages)
      expect(p.text.slice(p.matches[0]!.start, p.matches[0]!.end)).toBe("arbitration");
    await expectError(await app.request("/api/search?q="), 400, "USAGE");
  });

  it("answers an unknown API path with a JSON 404", async () => {
    await expectError(await app.request("/api/nothing"), 404, "NOT_FOUND");
  });
});

describe("write endpoints", () => {
  const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  const doc = { service: "Zed Maps", sector: "Travel", text: "We may change these terms at any time." };

  it("refuses writes without the right token", async () => {
    await expectError(await postJson("/api/documents", doc), 401, "UNAUTHORIZED");
    await expectError(
      await postJson("/api/documents", doc, { Authorization: "Bearer wrong" }),
      401,
      "UNAUTHORIZED",
    );
    await expectError(await app.request("/api/services/boxly", { method: "DELETE" }), 401, "UNAUTHORIZED");
    expect(await store.countDocuments()).toBe(3);
  });

  it("imports a document, then treats the same text as unchanged", async () => {
    const created = await postJson("/api/documents", doc, auth);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      status: "created",
      serviceSlug: "zed-maps",
      documentType: "terms",
    });
    const again = await postJson("/api/documents", doc, auth);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "unchanged" });
    await expectError(
      await postJson("/api/documents", { ...doc, documentType: "Bad Type" }, auth),
      400,
      "USAGE",
    );
  });

  it("never serves a cached page from before a write", async () => {
    expect(await (await app.request("/services/boxly/terms")).text()).toContain("Boxly terms");
    await app.request("/api/services/boxly", {
      method: "PATCH",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Boxly Storage" }),
    });
    expect(await (await app.request("/services/boxly/terms")).text()).toContain("Boxly Storage terms");
    await app.request("/api/services/boxly", { method: "DELETE", headers: auth });
    expect((await app.request("/services/boxly/terms")).status).toBe(404);
  });

  it("edits and deletes a service", async () => {
    const patched = await app.request("/api/services/boxly", {
      method: "PATCH",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ sector: "Backup" }),
    });
    expect(((await patched.json()) as { service: { sector: string } }).service.sector).toBe("Backup");
    expect((await app.request("/api/services/boxly", { method: "DELETE", headers: auth })).status).toBe(204);
    await expectError(
      await app.request("/api/services/boxly", { method: "DELETE", headers: auth }),
      404,
      "NOT_FOUND",
    );
  });
});

interface Operation {
  operationId: string;
  responses: Record<string, unknown>;
  parameters?: Array<{ in: string; name: string }>;
}
interface OpenApi {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, Operation>>;
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document whose references resolve and whose operations all have responses", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as OpenApi;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path.startsWith("/api/")).toBe(true);
      for (const operation of Object.values(item)) {
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        expect(ids.has(operation.operationId)).toBe(false);
        ids.add(operation.operationId);
        for (const p of operation.parameters ?? [])
          if (p.in === "path") expect(path).toContain(`{${p.name}}`);
      }
    }
    expect(ids.size).toBe(12);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const pointer = ref.slice(8, -1).replace(/^#\//, "").split("/");
      const target = pointer.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        doc,
      );
      expect(target, ref).toBeDefined();
    }
  });

  // A second opinion from the reference validator, where the machine has it (python3-openapi-spec-validator).
  const hasValidator = spawnSync("python3", ["-c", "import openapi_spec_validator"]).status === 0;
  it.skipIf(!hasValidator)("passes openapi-spec-validator", async () => {
    const doc = await (await app.request("/openapi.json")).text();
    const check = spawnSync(
      "python3",
      ["-c", "import json,sys; from openapi_spec_validator import validate; validate(json.load(sys.stdin))"],
      { input: doc, encoding: "utf8" },
    );
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
