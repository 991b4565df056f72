// Who may read /readyz and /metrics: internal addresses only, the client address found with proxy-addr's semantics.
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";
import { functionTrustsEveryone, listTrustsEveryone } from "./trust-coverage.js";

/**
 * Extra addresses allowed besides the internal ranges: a list of addresses / CIDR ranges (what proxy-addr's
 * `compile()` accepts, e.g. `["203.0.113.7", "198.51.100.0/24"]`), or a predicate called with the normalised
 * client address (IPv4-mapped IPv6 already turned into IPv4). A predicate that throws denies.
 */
export type AllowOption = readonly string[] | ((address: string) => boolean);

/**
 * Which peers may speak for a client through `X-Forwarded-For`: what proxy-addr's `compile()` accepts
 * (`"loopback"`, `"uniquelocal"`, `"10.0.0.0/8"`, arrays of those) or a function `(address, hop) => boolean`.
 * Default: nobody.
 */
export type TrustProxyOption = string | readonly string[] | ((address: string, hop: number) => boolean);

export interface AccessOptions {
  allow?: AllowOption;
  trustProxy?: TrustProxyOption;
}

/** The parts of a request the decision reads (a node:http IncomingMessage has them). */
export interface AccessRequest {
  socket?: { remoteAddress?: string | undefined } | null;
  headers: Record<string, string | string[] | undefined>;
}

export type AccessReason =
  | "internal"
  | "allowed"
  | "external"
  | "malformed"
  | "untrusted-forwarder"
  | "error";

export interface AccessDecision {
  allowed: boolean;
  /** The client address as judged (normalised when it parsed), undefined when there was none. */
  address: string | undefined;
  reason: AccessReason;
}

export type AccessPolicy = (request: AccessRequest) => AccessDecision;

// ipaddr.js range names for: 127/8 and ::1; 10/8, 172.16/12, 192.168/16; fc00::/7; 169.254/16 and fe80::/10.
const INTERNAL_RANGES = new Set(["loopback", "private", "uniqueLocal", "linkLocal"]);

// "::a.b.c.d" is the deprecated IPv4-compatible form (::/96), which ipaddr.js reads as IPv4-mapped (::ffff:0:0/96).
// Only the mapped form is what a dual-stack socket reports for an IPv4 peer, so only it is normalised to IPv4.
const IPV4_COMPATIBLE = /^::(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseAddress(address: unknown): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  // Shorthands that ipaddr.js would accept (`127.1`, `2130706433`, `0x7f.0.0.1`) are not what a socket or a proxy
  // writes, so anything node:net does not call an IP address counts as malformed rather than being guessed at.
  if (typeof address !== "string" || isIP(address) === 0) return undefined;
  try {
    // A zone id (`%eth0`) makes it a scoped IPv6 address: a dual-stack socket never reports an IPv4 peer with one,
    // so it is judged as the IPv6 address it is, never as an IPv4 address embedded in it.
    if (address.includes("%")) return ipaddr.IPv6.parse(address);
    const compatible = IPV4_COMPATIBLE.exec(address);
    if (compatible) {
      const [a, b, c, d] = compatible.slice(1).map(Number) as [number, number, number, number];
      return new ipaddr.IPv6([0, 0, 0, 0, 0, 0, (a << 8) | b, (c << 8) | d]);
    }
    return ipaddr.process(address);
  } catch {
    return undefined;
  }
}

/** The address in canonical form, IPv4-mapped IPv6 as IPv4; undefined unless it is a standard textual IP address. */
export function normaliseAddress(address: string | undefined): string | undefined {
  return parseAddress(address)?.toString();
}

/** True for loopback, RFC 1918 private, IPv6 unique-local and link-local addresses (IPv4-mapped normalised). */
export function isInternalAddress(address: string): boolean {
  const parsed = parseAddress(address);
  return parsed !== undefined && INTERNAL_RANGES.has(parsed.range());
}

function compileAddressList(option: string, value: string | readonly string[]): (address: string) => boolean {
  const entries: readonly unknown[] = typeof value === "string" ? [value] : value;
  for (const entry of entries) {
    if (typeof entry !== "string" || entry === "") {
      throw new TypeError(
        `poolguard opsHandler: ${option} must list IP addresses or CIDR ranges as strings, got ${JSON.stringify(entry)}`,
      );
    }
  }
  if (entries.length === 0) return () => false;
  try {
    const trust = proxyaddr.compile([...(entries as string[])]);
    return (address) => trust(address, 0);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TypeError(
      `poolguard opsHandler: ${option} has an entry that is not an IP address or CIDR range (${detail}); ` +
        `use forms like "10.0.0.0/8", "203.0.113.7" or "loopback"`,
    );
  }
}

function compileTrust(trustProxy: unknown): (address: string, hop: number) => boolean {
  if (trustProxy === undefined || trustProxy === false || trustProxy === null) return () => false;
  if (typeof trustProxy === "function") {
    const trust = trustProxy as (address: string, hop: number) => boolean;
    const nobodys = functionTrustsEveryone(trust);
    if (nobodys !== undefined) {
      throw new TypeError(
        `poolguard opsHandler: the trustProxy function trusts ${nobodys}, a documentation address no proxy has, ` +
          `so it would believe anyone's X-Forwarded-For (like \`true\`); return true only for your proxies' addresses`,
      );
    }
    return trust;
  }
  if (typeof trustProxy === "string" || Array.isArray(trustProxy)) {
    const trusted = compileAddressList("trustProxy", trustProxy as string | string[]);
    const everyone = listTrustsEveryone(typeof trustProxy === "string" ? [trustProxy] : (trustProxy as string[]));
    if (everyone !== undefined) {
      throw new TypeError(
        `poolguard opsHandler: trustProxy covers ${everyone}, so it would believe anyone's X-Forwarded-For ` +
          `(like \`true\`); list only the addresses of your reverse proxies, e.g. ["10.0.0.0/8"]`,
      );
    }
    return (address) => trusted(address);
  }
  // `true` (trust every hop, as Express allows) would let anyone name their own address in X-Forwarded-For.
  throw new TypeError(
    `poolguard opsHandler: trustProxy must be an address, a CIDR range, a list of those or a function, ` +
      `got ${JSON.stringify(trustProxy)}; list the addresses of your reverse proxies, e.g. ["10.0.0.0/8"]`,
  );
}

function compileAllow(allow: unknown): (address: string) => boolean {
  if (allow === undefined) return () => false;
  if (typeof allow === "function") return allow as (address: string) => boolean;
  if (Array.isArray(allow)) return compileAddressList("allow", allow as string[]);
  throw new TypeError(
    `poolguard opsHandler: allow must be a list of addresses / CIDR ranges or a function (address) => boolean, ` +
      `got ${JSON.stringify(allow)}`,
  );
}

// Headers other proxies use to name the client (RFC 7239, nginx's habit); never believed, only noticed.
const OTHER_CLIENT_HEADERS = ["forwarded", "x-real-ip"];

function forwardedForHeader(headers: AccessRequest["headers"]): string | undefined {
  const value: unknown = headers["x-forwarded-for"];
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  // node:http joins repeated X-Forwarded-For headers; a hand-made request may still carry an array.
  if (Array.isArray(value) && value.every((part) => typeof part === "string")) return value.join(", ");
  // A header that cannot be read cannot be judged: the caller denies.
  throw new TypeError("unreadable X-Forwarded-For header");
}

/**
 * Builds the access decision for the internal endpoints. Bad options throw here, at startup; the returned
 * function never throws: anything it cannot judge is denied.
 */
export function createAccessPolicy(options: AccessOptions = {}): AccessPolicy {
  const trust = compileTrust(options.trustProxy);
  const extra = compileAllow(options.allow);
  return (request) => {
    try {
      const headers = request.headers ?? {};
      const forwardedFor = forwardedForHeader(headers);
      const view = {
        socket: { remoteAddress: request.socket?.remoteAddress },
        headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
      } as unknown as IncomingMessage;
      const everyHop = proxyaddr.all(view);
      const believed = proxyaddr.all(view, trust);
      const candidate = believed[believed.length - 1];
      // The hop we stopped at says it forwarded for someone else, and we do not trust it to say so: an internal
      // proxy nobody configured may be relaying public traffic, so its own internal address proves nothing.
      if (believed.length < everyHop.length) {
        return { allowed: false, address: normaliseAddress(candidate) ?? candidate, reason: "untrusted-forwarder" };
      }
      // Judged on the socket itself, yet the request names a client in a header proxy-addr does not read: the peer
      // is relaying someone, and its own address says nothing about who.
      if (believed.length === 1 && OTHER_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) {
        return { allowed: false, address: normaliseAddress(candidate) ?? candidate, reason: "untrusted-forwarder" };
      }
      const address = normaliseAddress(candidate);
      if (address === undefined) return { allowed: false, address: candidate, reason: "malformed" };
      if (isInternalAddress(address)) return { allowed: true, address, reason: "internal" };
      if (extra(address) === true) return { allowed: true, address, reason: "allowed" };
      return { allowed: false, address, reason: "external" };
    } catch {
      return { allowed: false, address: undefined, reason: "error" };
    }
  };
}
