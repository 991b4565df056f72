// The access decision for /readyz and /metrics, table-driven on synthetic requests (this machine cannot send from a
// public address): which client address proxy-addr's semantics pick, and whether it is internal or allowed.
import { describe, expect, it } from "vitest";
import { createAccessPolicy, isInternalAddress, type AccessOptions } from "../../src/runtime/access.js";

interface Row {
  name: string;
  socket: string | undefined;
  xff?: string | string[];
  /** Other headers sent with the request. */
  headers?: Record<string, string>;
  options?: AccessOptions;
  status: 200 | 403;
}

const LOOPBACK_PROXY: AccessOptions = { trustProxy: "loopback" };
const PRIVATE_PROXY: AccessOptions = { trustProxy: "10.0.0.0/8" };
const ONE_HOP: AccessOptions = { trustProxy: (_address, hop) => hop === 0 };
const PARTNER_LIST: AccessOptions = { allow: ["203.0.113.0/24"] };
const PARTNER_PREDICATE: AccessOptions = { allow: (address) => address === "198.51.100.4" };

const table: Row[] = [
  // Direct connections, no proxy trusted: the socket address decides.
  { name: "IPv4 loopback", socket: "127.0.0.1", status: 200 },
  { name: "IPv4 loopback, top of 127/8", socket: "127.255.255.254", status: 200 },
  { name: "IPv6 loopback", socket: "::1", status: 200 },
  { name: "IPv4-mapped loopback", socket: "::ffff:127.0.0.1", status: 200 },
  { name: "IPv4-mapped loopback in hex form", socket: "::ffff:7f00:1", status: 200 },
  { name: "10/8", socket: "10.1.2.3", status: 200 },
  { name: "172.16/12 low edge", socket: "172.16.0.1", status: 200 },
  { name: "172.16/12 high edge", socket: "172.31.255.255", status: 200 },
  { name: "just below 172.16/12", socket: "172.15.255.255", status: 403 },
  { name: "just above 172.16/12", socket: "172.32.0.1", status: 403 },
  { name: "192.168/16", socket: "192.168.1.1", status: 200 },
  { name: "just above 192.168/16", socket: "192.169.0.1", status: 403 },
  { name: "IPv4-mapped private", socket: "::ffff:192.168.0.5", status: 200 },
  { name: "IPv4-mapped public", socket: "::ffff:8.8.8.8", status: 403 },
  { name: "IPv6 unique-local fd00::/8", socket: "fd12:3456::1", status: 200 },
  { name: "IPv6 unique-local fc00::/8", socket: "fc00::1", status: 200 },
  { name: "IPv6 link-local", socket: "fe80::1", status: 200 },
  { name: "IPv6 link-local with zone", socket: "fe80::1%eth0", status: 200 },
  { name: "IPv4 link-local", socket: "169.254.10.1", status: 200 },
  { name: "public IPv4", socket: "8.8.8.8", status: 403 },
  { name: "public IPv6", socket: "2001:4860:4860::8888", status: 403 },
  { name: "carrier-grade NAT is not private", socket: "100.64.0.1", status: 403 },
  { name: "unspecified IPv4", socket: "0.0.0.0", status: 403 },
  { name: "unspecified IPv6", socket: "::", status: 403 },
  { name: "NAT64 embedding 10.0.0.1 is not normalised", socket: "64:ff9b::a00:1", status: 403 },
  { name: "IPv4-compatible ::127.0.0.1 is not normalised", socket: "::127.0.0.1", status: 403 },
  { name: "IPv4-compatible with a zone id is not normalised either", socket: "::10.0.0.1%eth0", status: 403 },
  { name: "IPv4-mapped with a zone id is a scoped IPv6 address, not IPv4", socket: "::ffff:10.0.0.1%eth0", status: 403 },
  { name: "6to4 embedding 10.0.0.1 is not normalised", socket: "2002:a00:1::", status: 403 },
  { name: "no socket address (closed socket)", socket: undefined, status: 403 },
  { name: "empty socket address", socket: "", status: 403 },
  { name: "shorthand 127.1 is malformed", socket: "127.1", status: 403 },
  { name: "integer form of 127.0.0.1 is malformed", socket: "2130706433", status: 403 },
  { name: "host name instead of address", socket: "localhost", status: 403 },
  { name: "address with port", socket: "127.0.0.1:80", status: 403 },

  // Forged X-Forwarded-For while no proxy is trusted: never believed.
  { name: "public client forges loopback", socket: "8.8.8.8", xff: "127.0.0.1", status: 403 },
  { name: "public client forges a private chain", socket: "8.8.8.8", xff: "10.0.0.1, 127.0.0.1", status: 403 },
  { name: "public client sends garbage", socket: "8.8.8.8", xff: "not-an-ip", status: 403 },
  { name: "untrusted loopback peer forwards a public client", socket: "127.0.0.1", xff: "8.8.8.8", status: 403 },
  { name: "untrusted internal proxy forwards a public client", socket: "10.0.0.2", xff: "203.0.113.5", status: 403 },
  { name: "untrusted peer forwards a private client", socket: "10.0.0.2", xff: "10.0.0.9", status: 403 },
  { name: "empty X-Forwarded-For changes nothing", socket: "127.0.0.1", xff: "", status: 200 },
  { name: "untrusted peer names a client in Forwarded", socket: "10.0.0.2", headers: { forwarded: "for=203.0.113.5" }, status: 403 },
  { name: "untrusted peer names a client in X-Real-IP", socket: "127.0.0.1", headers: { "x-real-ip": "203.0.113.5" }, status: 403 },

  // Loopback proxy trusted.
  { name: "trusted proxy, private client", socket: "127.0.0.1", xff: "10.0.0.7", options: LOOPBACK_PROXY, status: 200 },
  { name: "trusted proxy sends only Forwarded, which is not read", socket: "127.0.0.1", headers: { forwarded: "for=10.0.0.7" }, options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy sends X-Forwarded-For and X-Real-IP", socket: "127.0.0.1", xff: "10.0.0.7", headers: { "x-real-ip": "10.0.0.7" }, options: LOOPBACK_PROXY, status: 200 },
  { name: "trusted proxy, public client", socket: "127.0.0.1", xff: "8.8.8.8", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, client forged loopback before its own address", socket: "127.0.0.1", xff: "127.0.0.1, 8.8.8.8", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, untrusted private hop forwarding a public client", socket: "127.0.0.1", xff: "8.8.8.8, 10.0.0.7", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, malformed hop", socket: "127.0.0.1", xff: "not-an-ip", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, shorthand loopback hop", socket: "127.0.0.1", xff: "127.1", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, hop with a port", socket: "127.0.0.1", xff: "10.0.0.7:5000", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, IPv4-mapped private client", socket: "127.0.0.1", xff: "::ffff:10.0.0.7", options: LOOPBACK_PROXY, status: 200 },
  { name: "trusted proxy over IPv4-mapped socket, public client", socket: "::ffff:127.0.0.1", xff: "8.8.8.8", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy over ::1, IPv6 public client", socket: "::1", xff: "2001:db8::1", options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, repeated headers joined: last is public", socket: "127.0.0.1", xff: ["10.0.0.1", "8.8.8.8"], options: LOOPBACK_PROXY, status: 403 },
  { name: "trusted proxy, repeated headers joined: chain of trusted then private", socket: "127.0.0.1", xff: ["10.0.0.1", "127.0.0.1"], options: LOOPBACK_PROXY, status: 200 },
  { name: "public peer is not the trusted proxy", socket: "8.8.8.8", xff: "127.0.0.1", options: LOOPBACK_PROXY, status: 403 },

  // A private range trusted.
  { name: "trusted 10/8 proxy, private client", socket: "10.1.1.1", xff: "192.168.3.4", options: PRIVATE_PROXY, status: 200 },
  { name: "trusted 10/8 proxy, public client", socket: "10.1.1.1", xff: "203.0.113.9", options: PRIVATE_PROXY, status: 403 },
  { name: "trusted 10/8 proxy on a mapped socket, public client", socket: "::ffff:10.1.1.1", xff: "203.0.113.9", options: PRIVATE_PROXY, status: 403 },
  { name: "peer outside the trusted range forges a private client", socket: "11.0.0.1", xff: "10.0.0.5", options: PRIVATE_PROXY, status: 403 },

  // A trust function: only the immediate peer.
  { name: "one trusted hop, next hop forwards for a public client", socket: "127.0.0.1", xff: "8.8.8.8, 10.0.0.9", options: ONE_HOP, status: 403 },
  { name: "one trusted hop, private client", socket: "127.0.0.1", xff: "10.0.0.9", options: ONE_HOP, status: 200 },
  { name: "trust function that throws denies", socket: "127.0.0.1", xff: "10.0.0.9", options: { trustProxy: () => { throw new Error("boom"); } }, status: 403 },

  // Extra allowed addresses.
  { name: "allow list admits its range", socket: "203.0.113.7", options: PARTNER_LIST, status: 200 },
  { name: "allow list: outside its range", socket: "203.0.114.1", options: PARTNER_LIST, status: 403 },
  { name: "allow list admits the IPv4-mapped form", socket: "::ffff:203.0.113.7", options: PARTNER_LIST, status: 200 },
  { name: "allow list keeps internal ranges allowed", socket: "10.0.0.1", options: PARTNER_LIST, status: 200 },
  { name: "allow list cannot be reached by forging", socket: "8.8.8.8", xff: "203.0.113.7", options: PARTNER_LIST, status: 403 },
  { name: "allow predicate sees the normalised address", socket: "::ffff:198.51.100.4", options: PARTNER_PREDICATE, status: 200 },
  { name: "allow predicate says no", socket: "198.51.100.5", options: PARTNER_PREDICATE, status: 403 },
  { name: "allow predicate that throws denies", socket: "198.51.100.4", options: { allow: () => { throw new Error("boom"); } }, status: 403 },
  { name: "allow-everything predicate still rejects malformed addresses", socket: "127.1", options: { allow: () => true }, status: 403 },
];

describe("access decision", () => {
  it.each(table)("$name → $status", ({ socket, xff, headers: other, options, status }) => {
    const decide = createAccessPolicy(options);
    const headers = { ...other, ...(xff === undefined ? {} : { "x-forwarded-for": xff }) };
    const decision = decide({ socket: { remoteAddress: socket }, headers });
    expect(decision.allowed ? 200 : 403).toBe(status);
  });

  it("covers at least 30 requests", () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  it("reports the address it judged and why", () => {
    const decide = createAccessPolicy(LOOPBACK_PROXY);
    expect(decide({ socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": "::ffff:10.0.0.7" } })).toEqual({
      allowed: true,
      address: "10.0.0.7",
      reason: "internal",
    });
    expect(decide({ socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": "8.8.8.8, 10.0.0.7" } })).toMatchObject({
      allowed: false,
      reason: "untrusted-forwarder",
    });
    expect(decide({ socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": "bogus" } })).toMatchObject({
      allowed: false,
      address: "bogus",
      reason: "malformed",
    });
  });

  it("never throws on requests that are not shaped like requests", () => {
    const decide = createAccessPolicy({ trustProxy: "loopback" });
    const odd: Array<[unknown, boolean]> = [
      [{ headers: {} }, false],
      [{ socket: null, headers: {} }, false],
      [{ socket: { remoteAddress: 127 }, headers: {} }, false],
      [{ socket: { remoteAddress: "8.8.8.8" } }, false],
      // Without headers only the socket counts.
      [{ socket: { remoteAddress: "127.0.0.1" } }, true],
      [{ socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": 42 } }, false],
      [{ socket: { remoteAddress: "127.0.0.1" }, headers: { "x-forwarded-for": ["8.8.8.8", 7] } }, false],
      [null, false],
    ];
    for (const [request, allowed] of odd) {
      expect(decide(request as Parameters<typeof decide>[0]).allowed, JSON.stringify(request)).toBe(allowed);
    }
  });

  it("judges the normalised address for internal ranges", () => {
    expect(isInternalAddress("::ffff:172.20.1.1")).toBe(true);
    expect(isInternalAddress("::ffff:172.32.1.1")).toBe(false);
    expect(isInternalAddress("garbage")).toBe(false);
  });
});

describe("access options", () => {
  it.each([
    [{ trustProxy: true }, /trustProxy must be an address, a CIDR range, a list of those or a function, got true/],
    [{ trustProxy: ["10.0.0.0/33"] }, /trustProxy has an entry that is not an IP address or CIDR range .*10\.0\.0\.0\/33/],
    [{ trustProxy: "proxy.internal" }, /trustProxy has an entry that is not an IP address or CIDR range/],
    [{ trustProxy: [""] }, /trustProxy must list IP addresses or CIDR ranges as strings, got ""/],
    [{ allow: ["nope"] }, /allow has an entry that is not an IP address or CIDR range .*nope/],
    [{ allow: "10.0.0.0/8" }, /allow must be a list of addresses \/ CIDR ranges or a function/],
    [{ allow: [42] }, /allow must list IP addresses or CIDR ranges as strings, got 42/],
    // Trusting every address is `true` by another name.
    [{ trustProxy: ["0.0.0.0/1", "128.0.0.0/1"] }, /trustProxy covers all IPv4 addresses, so it would believe anyone's X-Forwarded-For/],
    // proxy-addr itself refuses a /0.
    [{ trustProxy: "0.0.0.0/0" }, /trustProxy has an entry that is not an IP address or CIDR range \(invalid range on address: 0\.0\.0\.0\/0\)/],
    [{ trustProxy: ["10.0.0.0/8", "::ffff:0:0/96"] }, /trustProxy covers all IPv4 addresses/],
    [{ trustProxy: ["::/1", "8000::/1"] }, /trustProxy covers all IPv6 addresses/],
    [{ trustProxy: () => true }, /the trustProxy function trusts 192\.0\.2\.1, a documentation address no proxy has/],
    [{ trustProxy: (address: string) => !address.startsWith("10.") }, /the trustProxy function trusts 192\.0\.2\.1/],
  ])("rejects %j at startup", (options, message) => {
    expect(() => createAccessPolicy(options as unknown as AccessOptions)).toThrow(message);
  });

  it("accepts ranges that leave addresses out, and a hop-count function (Express's `trust proxy: 1`)", () => {
    expect(() => createAccessPolicy({ trustProxy: ["0.0.0.0/1"] })).not.toThrow();
    expect(() => createAccessPolicy({ trustProxy: ["10.0.0.0/8", "fc00::/7", "loopback"] })).not.toThrow();
    expect(() => createAccessPolicy({ trustProxy: (_address, hop) => hop === 0 })).not.toThrow();
    expect(() => createAccessPolicy({ trustProxy: () => { throw new Error("boom"); } })).not.toThrow();
  });

  it("accepts proxy-addr's named ranges and netmasks", () => {
    const decide = createAccessPolicy({ trustProxy: ["uniquelocal", "192.168.0.0/255.255.0.0"] });
    const forwarded = (socket: string) =>
      decide({ socket: { remoteAddress: socket }, headers: { "x-forwarded-for": "203.0.113.1" } }).allowed;
    // Both peers are trusted, so the public client behind them is what gets judged.
    expect(forwarded("10.9.9.9")).toBe(false);
    expect(forwarded("192.168.4.4")).toBe(false);
    const client = decide({ socket: { remoteAddress: "192.168.4.4" }, headers: { "x-forwarded-for": "10.2.2.2" } });
    expect(client).toMatchObject({ allowed: true, address: "10.2.2.2" });
  });
});
