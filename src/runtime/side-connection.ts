// A connection of the monitor's own, opened with a pool's settings, outside the pool's counts: the readiness probe's
// round trip when it cannot borrow an idle client, and the lock-wait lookup (lock-waits.ts), which must never queue
// behind the application nor take one of its clients.
import type pg from "pg";
import { unobservedClass } from "./connect-attempts.js";

/** A new, unconnected client with the pool's settings; a string saying why when the pool has no Client. */
export function sideClient(pool: pg.Pool): pg.Client | string {
  // The class itself, not the watched pool's observing proxy: the monitor's own connects are not the pool's.
  const Client = unobservedClass((pool as unknown as { Client?: typeof pg.Client }).Client);
  if (typeof Client !== "function") return "the pool has no Client constructor";
  const options = (pool as unknown as { options?: pg.PoolConfig }).options ?? {};
  // No connect timeout of pg's own: its timer, fired late after an event loop the application blocked, would fail a
  // connect whose answer waits in the socket. The caller's bound is the bound (it allows for a block), and closing a
  // connection that is still connecting destroys its socket (see closeSideClient).
  const config: pg.ClientConfig = { ...options, connectionTimeoutMillis: 0 };
  // pg-pool keeps a `password` option non-enumerable (out of logs and inspection), so the spread above drops it;
  // copied the same way, or the side connection would fail authentication against a healthy database.
  if (Object.prototype.hasOwnProperty.call(options, "password")) {
    Object.defineProperty(config, "password", { value: options.password, enumerable: false, writable: true, configurable: true });
  }
  return new Client(config);
}

const ignore = (): void => {};

/** Closes a side client, connected or not: a server that never answered the connect would hold the socket. */
export function closeSideClient(client: pg.Client, connected: boolean): void {
  try {
    if (!connected) (client as unknown as { connection?: { stream?: { destroy?: () => void } } }).connection?.stream?.destroy?.();
    client.end(ignore);
  } catch {
    // Closing a connection that never opened: nothing to close.
  }
}
