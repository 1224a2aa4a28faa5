/** Encodes text the way other programs save it, for decoding tests. */

export type TestEncoding =
  "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16le-bom" | "utf-16be" | "utf-16be-bom" | "windows-1252";

const WINDOWS_1252_EXTRA: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  "„": 0x84,
  "…": 0x85,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "™": 0x99,
};

/**
 * Encodes `text` in the given encoding.
 * @example encodeText("“Terms” é", "windows-1252") // bytes 93 54 65 72 6d 73 94 20 e9
 */
export function encodeText(text: string, encoding: TestEncoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new Uint8Array(Buffer.from(text, "utf8"));
    case "utf-8-bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    case "utf-16le":
    case "utf-16le-bom": {
      const body = Buffer.from(text, "utf16le");
      return new Uint8Array(
        encoding === "utf-16le" ? body : Buffer.concat([Buffer.from([0xff, 0xfe]), body]),
      );
    }
    case "utf-16be":
    case "utf-16be-bom": {
      const body = Buffer.from(text, "utf16le").swap16();
      return new Uint8Array(
        encoding === "utf-16be" ? body : Buffer.concat([Buffer.from([0xfe, 0xff]), body]),
      );
    }
    case "windows-1252":
      return new Uint8Array(
        [...text].map((ch) => {
          const code = WINDOWS_1252_EXTRA[ch] ?? ch.charCodeAt(0);
          if (code > 0xff) throw new Error(`encodeText: ${ch} has no Windows-1252 byte`);
          return code;
        }),
      );
  }
}
