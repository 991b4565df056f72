// Does a trustProxy setting trust every address? `true` is refused because it lets anyone name their own address in
// X-Forwarded-For; a list whose ranges add up to the whole address space (`["0.0.0.0/1", "128.0.0.0/1"]`) and a
// function that trusts addresses no proxy can have (`() => true`) do the same, so they are refused alike.
import ipaddr from "ipaddr.js";

type Range = { family: 4 | 6; start: bigint; end: bigint };

function toBigInt(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

/** The range an entry names, when it is an address, CIDR or address/netmask; undefined for names such as "loopback". */
function rangeOf(entry: string): Range | undefined {
  try {
    const slash = entry.lastIndexOf("/");
    const ip = ipaddr.parse(slash === -1 ? entry : entry.slice(0, slash));
    const bits = ip.kind() === "ipv4" ? 32 : 128;
    let prefix = bits;
    if (slash !== -1) {
      const suffix = entry.slice(slash + 1);
      prefix = /^\d+$/.test(suffix) ? Number(suffix) : (ipaddr.parse(suffix).prefixLengthFromSubnetMask() ?? bits);
    }
    let address: ipaddr.IPv4 | ipaddr.IPv6 = ip;
    // proxy-addr, like us, treats an IPv4-mapped range as the IPv4 range it carries.
    if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
      address = (ip as ipaddr.IPv6).toIPv4Address();
      prefix -= 96;
    }
    const size = address.kind() === "ipv4" ? 32 : 128;
    const span = (1n << BigInt(size - prefix)) - 1n;
    const start = toBigInt(address) & ~span;
    return { family: size === 32 ? 4 : 6, start, end: start + span };
  } catch {
    return undefined;
  }
}

function coversFamily(ranges: Range[], family: 4 | 6): boolean {
  const max = (1n << (family === 4 ? 32n : 128n)) - 1n;
  const sorted = ranges.filter((range) => range.family === family).sort((a, b) => (a.start < b.start ? -1 : 1));
  let next = 0n;
  for (const range of sorted) {
    if (range.start > next) return false;
    if (range.end >= next) next = range.end + 1n;
    if (next > max) return true;
  }
  return false;
}

/** "all IPv4 addresses" / "all IPv6 addresses" when the list's ranges together cover one family, else undefined. */
export function listTrustsEveryone(entries: readonly string[]): string | undefined {
  const ranges = entries.map(rangeOf).filter((range): range is Range => range !== undefined);
  if (coversFamily(ranges, 4)) return "all IPv4 addresses";
  if (coversFamily(ranges, 6)) return "all IPv6 addresses";
  return undefined;
}

// Documentation addresses (RFC 5737, RFC 3849): never a real peer, so no proxy of anyone's has them.
const NOBODYS_ADDRESSES = ["192.0.2.1", "2001:db8::1"];
const HOPS_ASKED = [0, 1, 2];

/**
 * The documentation address a trust function trusts at every hop asked (so it trusts anyone, anywhere in the
 * chain, like `true`), else undefined. A hop-count function (`(_, hop) => hop === 0`, Express's `trust proxy: 1`)
 * passes: it trusts exactly the peer, which is right when every request comes through that one proxy. Never throws.
 */
export function functionTrustsEveryone(trust: (address: string, hop: number) => boolean): string | undefined {
  for (const address of NOBODYS_ADDRESSES) {
    const everywhere = HOPS_ASKED.every((hop) => {
      try {
        return trust(address, hop) === true;
      } catch {
        // A function that throws on an address does not trust it.
        return false;
      }
    });
    if (everywhere) return address;
  }
  return undefined;
}
