/**
 * UTF-8 bytes of a string, in an ArrayBuffer of their own (so they can be transferred to another
 * thread). On Node 20, `Buffer.from(text)` takes about five times longer on a long string than
 * measuring it and writing it into an unpooled buffer (0.69 against 0.14 ms for a 176 KB report),
 * and `TextEncoder.encode` about three times longer.
 * @example utf8Bytes("Terms") // Uint8Array [84, 101, 114, 109, 115]
 */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, "utf8"));
  bytes.write(text, "utf8");
  return new Uint8Array(bytes.buffer, 0, bytes.byteLength);
}
