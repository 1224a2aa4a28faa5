import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Bytes } from "./utf8.ts";

describe("utf8Bytes", () => {
  it("gives the bytes TextEncoder gives, for any string (lone surrogates become U+FFFD)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Bytes(text)).toEqual(new TextEncoder().encode(text));
      }),
    );
  });

  it("owns its whole buffer, so the bytes can be transferred to another thread", () => {
    for (const text of ["", "a", "Terms’", "x".repeat(200_000)]) {
      const bytes = utf8Bytes(text);
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
      const { port1, port2 } = new MessageChannel();
      port1.postMessage(bytes, [bytes.buffer]);
      expect(bytes.byteLength).toBe(0);
      port1.close();
      port2.close();
    }
  });
});
