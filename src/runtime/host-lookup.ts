// A connect that ran out of time while its host name was still being resolved (drill ff): a name server that is slow
// or drops queries (glibc retries after 5 s) makes every connect hit `connectionTimeoutMillis` inside getaddrinfo,
// and pg-pool says "Connection terminated due to connection timeout" — which reads as a database that does not
// answer. The socket says which phase it was in: Node emits `lookup` on it once the name is resolved (an IP address
// or a Unix socket is never looked up). A socket destroyed before that was never sent to the database.
import { isIP } from "node:net";

/** The label of such a connect in the error counters (`error_type`), beside getaddrinfo's ENOTFOUND and EAI_AGAIN. */
export const LOOKUP_TIMEOUT = "lookup_timeout";

// Sockets whose host name lookup has not answered yet (weak: gone with the socket).
const resolving = new WeakSet<object>();
// pg's error for a connect that failed while resolving → the error said in its place (weak: gone with the error).
const described = new WeakMap<object, Error>();

interface LookupSocket {
  once?: (event: string, listener: () => void) => unknown;
  connecting?: unknown;
  destroyed?: unknown;
}

function socketOf(client: object): LookupSocket | undefined {
  const stream = (client as { connection?: { stream?: unknown } }).connection?.stream;
  return typeof stream === "object" && stream !== null ? (stream as LookupSocket) : undefined;
}

/** The client's host when it is a name to resolve (not an IP address, not a Unix socket's directory). */
function hostName(client: object): string | undefined {
  const host = (client as { host?: unknown }).host;
  return typeof host === "string" && host !== "" && !host.startsWith("/") && isIP(host) === 0 ? host : undefined;
}

/** Called before the client connects: remembers that its socket is resolving until Node says it is done. Never throws. */
export function watchLookup(client: object): void {
  try {
    const socket = socketOf(client);
    if (socket === undefined || typeof socket.once !== "function" || hostName(client) === undefined) return;
    resolving.add(socket);
    const resolved = () => resolving.delete(socket);
    socket.once("lookup", resolved);
    // A stream of the pool's `stream` option may connect by an address of its own (a tunnel, a connector): no lookup,
    // and once connected, whatever fails next (a password refused, a session ended) got past any lookup.
    socket.once("connect", resolved);
  } catch {
    // Not a socket we can read: its failures are said as pg-pool says them.
  }
}

/**
 * The error to say for a connect that failed while its host name was still being resolved — `LOOKUP_TIMEOUT`, naming
 * the host and the bound — or undefined when it got past the lookup (or was never watched). Remembered for `error`
 * (and read back by describedLookup), so that the caller's answer, which pg-pool wraps around it, says the same.
 */
export function lookupTimedOut(error: unknown, client: object, boundMs: unknown): Error | undefined {
  try {
    const socket = socketOf(client);
    const host = hostName(client);
    if (socket === undefined || host === undefined || !resolving.has(socket)) return undefined;
    // An error with a code (ECONNREFUSED, 28P01…) is an answer from somewhere: a stream that connected by an address
    // of its own, never looked up. A connect that ran out in the lookup fails with pg's words alone.
    const code = (error as { code?: unknown } | null | undefined)?.code;
    if (typeof code === "string" && code !== "") return undefined;
    const within = typeof boundMs === "number" && boundMs > 0 ? ` within ${boundMs} ms` : "";
    const said = Object.assign(new Error(`the host name ${host} did not resolve${within} (no answer from the name server)`, { cause: error }), {
      code: LOOKUP_TIMEOUT,
    });
    if (typeof error === "object" && error !== null) described.set(error, said);
    return said;
  } catch {
    return undefined;
  }
}

/** What lookupTimedOut said for this error, or for the error it wraps (pg-pool's timeout around pg's): else undefined. */
export function describedLookup(error: unknown): Error | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const cause = (error as { cause?: unknown }).cause;
  return described.get(error) ?? (typeof cause === "object" && cause !== null ? described.get(cause) : undefined);
}
