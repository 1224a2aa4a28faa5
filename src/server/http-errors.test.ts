import { describe, expect, it } from "vitest";
import { CounterweightError, inputError } from "../core/index.ts";
import { toApiError } from "./http-errors.ts";

describe("toApiError", () => {
  it("keeps a user error's code and one-line message with a 4xx status", () => {
    expect(toApiError(inputError("TOO_LARGE", "a.pdf", "over 20 MB;\n  send less"))).toEqual({
      status: 413,
      code: "TOO_LARGE",
      message: "a.pdf: over 20 MB; send less",
    });
    expect(toApiError(inputError("CORRUPT_FILE", "a.pdf", "damaged")).status).toBe(422);
    expect(toApiError(inputError("UNSUPPORTED_LANGUAGE", "agb.txt", "in German")).status).toBe(422);
  });

  it("says nothing about internals for our own bugs, and asks to retry when it may pass", () => {
    const bug = toApiError(
      new TypeError("cannot read properties of undefined (reading 'x') at /srv/app.ts:12"),
    );
    expect(bug.status).toBe(500);
    expect(bug.message).not.toContain("/srv");
    const busy = toApiError(new CounterweightError("INTERNAL", "worker gone", { mayBeTransient: true }));
    expect(busy.status).toBe(503);
  });
});
