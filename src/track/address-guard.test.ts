import { describe, expect, it } from "vitest";
import { classifyAddress, isAllowedAddress } from "./index.ts";

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["93.184.216.34", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["0.0.0.0", "loopback"],
    ["10.20.30.40", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["169.254.169.254", "link-local"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["2606:4700:4700::1111", "public"],
    ["::1", "loopback"],
    ["::", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:8.8.8.8", "public"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:c0a8:0101::1", "private"],
    ["2001:db8::1", "reserved"],
    ["not-an-ip", "reserved"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("isAllowedAddress", () => {
  it("allows public addresses and refuses the rest by default", () => {
    expect(isAllowedAddress("8.8.8.8", {})).toBe(true);
    expect(isAllowedAddress("127.0.0.1", {})).toBe(false);
    expect(isAllowedAddress("192.168.0.10", {})).toBe(false);
    expect(isAllowedAddress("fe80::1", {})).toBe(false);
  });

  it("opens loopback and private ranges only through their own option", () => {
    expect(isAllowedAddress("::1", { allowLoopback: true })).toBe(true);
    expect(isAllowedAddress("10.0.0.1", { allowLoopback: true })).toBe(false);
    expect(isAllowedAddress("10.0.0.1", { allowPrivate: true })).toBe(true);
    expect(isAllowedAddress("127.0.0.1", { allowPrivate: true })).toBe(false);
  });

  it("never allows multicast or reserved addresses", () => {
    expect(isAllowedAddress("239.1.1.1", { allowPrivate: true, allowLoopback: true })).toBe(false);
    expect(isAllowedAddress("240.0.0.1", { allowPrivate: true, allowLoopback: true })).toBe(false);
  });
});
