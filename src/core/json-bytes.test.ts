import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonUtf8Bytes } from "./json-bytes.ts";

const expected = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value), "utf8"));
// Tiny pieces, so that every way of splitting (strings, arrays, nested objects) is exercised.
const TINY = { stringChars: 3, arrayElements: 2 };

describe("jsonUtf8Bytes", () => {
  it("gives the bytes of JSON.stringify for any JSON value, however it is split", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (value, stringChars, arrayElements) => {
          expect(jsonUtf8Bytes(value, { stringChars, arrayElements })).toEqual(expected(value));
        },
      ),
    );
  });

  it("keeps surrogate pairs whole and writes lone surrogates as JSON.stringify does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(jsonUtf8Bytes({ text, list: [text, text, text] }, TINY)).toEqual(
          expected({ text, list: [text, text, text] }),
        );
      }),
    );
    const emoji = "ab😀cd😀😀".repeat(5);
    expect(jsonUtf8Bytes(emoji, TINY)).toEqual(expected(emoji));
  });

  it("leaves out undefined fields and writes holes and undefined elements as null", () => {
    const value = {
      a: undefined,
      b: [1, undefined, , 4, () => 1],
      c: { d: undefined, e: new Date(0) },
      f: () => 1,
    };
    expect(jsonUtf8Bytes(value, TINY)).toEqual(expected(value));
    expect(jsonUtf8Bytes({ long: Array.from({ length: 9 }, () => undefined) }, TINY)).toEqual(
      expected({ long: Array.from({ length: 9 }, () => undefined) }),
    );
  });

  it("owns its whole buffer, so the bytes can be transferred to another thread", () => {
    const bytes = jsonUtf8Bytes({
      text: "x’".repeat(100_000),
      list: Array.from({ length: 500 }, (_, i) => ({ i })),
    });
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
});
