/**
 * Which IP addresses a fetch may connect to. A tracked URL comes from a declarations file or a
 * user, so without this check it could reach the machine itself or the private network behind it
 * (server-side request forgery). Addresses are classified by their ranges (IANA special-purpose
 * registries); IPv4-mapped, 6to4 and NAT64 IPv6 addresses are judged by the IPv4 address inside.
 */
import { isIP } from "node:net";

export type AddressClass = "public" | "loopback" | "private" | "link-local" | "multicast" | "reserved";

export interface AddressPolicy {
  /** Allow 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7 and link-local (169.254/16, fe80::/10). */
  allowPrivate?: boolean;
  /** Allow 127/8, ::1 and the unspecified address (0.0.0.0 and :: reach the machine itself). */
  allowLoopback?: boolean;
}

type V4Range = [base: number, prefix: number, kind: AddressClass];

const V4_RANGES: V4Range[] = [
  [ipv4ToInt("0.0.0.0"), 8, "loopback"], // "this host": connecting to it reaches the machine itself
  [ipv4ToInt("10.0.0.0"), 8, "private"],
  [ipv4ToInt("100.64.0.0"), 10, "private"], // carrier-grade NAT
  [ipv4ToInt("127.0.0.0"), 8, "loopback"],
  [ipv4ToInt("169.254.0.0"), 16, "link-local"], // includes cloud metadata 169.254.169.254
  [ipv4ToInt("172.16.0.0"), 12, "private"],
  [ipv4ToInt("192.0.0.0"), 24, "reserved"],
  [ipv4ToInt("192.0.2.0"), 24, "reserved"],
  [ipv4ToInt("192.168.0.0"), 16, "private"],
  [ipv4ToInt("198.18.0.0"), 15, "reserved"],
  [ipv4ToInt("198.51.100.0"), 24, "reserved"],
  [ipv4ToInt("203.0.113.0"), 24, "reserved"],
  [ipv4ToInt("224.0.0.0"), 4, "multicast"],
  [ipv4ToInt("240.0.0.0"), 4, "reserved"], // includes 255.255.255.255
];

function ipv4ToInt(address: string): number {
  return address.split(".").reduce((value, part) => value * 256 + Number(part), 0);
}

function classifyV4(value: number): AddressClass {
  for (const [base, prefix, kind] of V4_RANGES) {
    const size = 2 ** (32 - prefix);
    if (value >= base && value < base + size) return kind;
  }
  return "public";
}

/** The eight 16-bit groups of an IPv6 address (with any dotted IPv4 tail folded in). */
function ipv6Groups(address: string): number[] {
  let text = address.split("%")[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToInt(dotted[1]!);
    text = text.slice(0, -dotted[1]!.length) + `${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...new Array<number>(zeros).fill(0), ...right];
}

function classifyV6(address: string): AddressClass {
  const g = ipv6Groups(address);
  const embeddedV4 = (high: number, low: number) => classifyV4(high * 65536 + low);
  if (g.every((group) => group === 0)) return "loopback"; // :: (unspecified)
  if (g.slice(0, 7).every((group) => group === 0) && g[7] === 1) return "loopback"; // ::1
  if (g.slice(0, 5).every((group) => group === 0) && g[5] === 0xffff) return embeddedV4(g[6]!, g[7]!); // ::ffff:a.b.c.d
  if (g.slice(0, 6).every((group) => group === 0)) return embeddedV4(g[6]!, g[7]!); // ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((group) => group === 0))
    return embeddedV4(g[6]!, g[7]!); // NAT64
  if (g[0] === 0x2002) return embeddedV4(g[1]!, g[2]!); // 6to4
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return "private"; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((first & 0xffc0) === 0xfec0) return "private"; // fec0::/10 site-local (deprecated)
  if ((first & 0xff00) === 0xff00) return "multicast"; // ff00::/8
  if (first === 0x2001 && g[1] === 0x0db8) return "reserved"; // documentation
  if (first === 0x0100 && g.slice(1, 4).every((group) => group === 0)) return "reserved"; // discard-only
  return "public";
}

/**
 * Classifies an IP address literal (IPv4 or IPv6).
 *
 * @example
 * classifyAddress("::ffff:127.0.0.1"); // "loopback"
 */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 4) return classifyV4(ipv4ToInt(address));
  if (family === 6) return classifyV6(address);
  return "reserved";
}

/** Whether a policy lets a fetch connect to an address of this class. Multicast and reserved never. */
export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  switch (classifyAddress(address)) {
    case "public":
      return true;
    case "loopback":
      return policy.allowLoopback === true;
    case "private":
    case "link-local":
      return policy.allowPrivate === true;
    default:
      return false;
  }
}
