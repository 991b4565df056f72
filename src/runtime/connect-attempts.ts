// Every connect pg-pool starts, observed where it ends: at the client it connects. The checkout wrapper
// (instrumented-connect.ts) learns of a failed connect only through the caller's answer, and pg-pool starts connects
// whose caller is already gone — a queued caller whose own `connectionTimeoutMillis` ran out first (pg-pool then skips
// its callback): against a host that never answers, most of the connects (drill bb). pg-pool makes each connection
// with `new this.Client(options)` then `client.connect(callback)`: the pool's `Client` (its own property, the public
// `Client` option) is replaced while watched by a Proxy that constructs the very same class, and a client pg-pool
// makes (with its own options object: not the application's `new pool.Client(config)`) has its `connect` wrapped
// once, as an own property that removes itself at the call — the client is then exactly what pg made. Nothing of
// pg-pool's behaviour changes: the callback is pg-pool's, called as before; only once it returned is a failure reported
// (the caller's answer, when there was one, was counted inside it, see connection-failures.ts).
import type pg from "pg";
import { lookupTimedOut, watchLookup } from "./host-lookup.js";

/** A failed connect: the client's own error, and the client. */
export type ConnectFailed = (error: unknown, client: object) => void;

type Constructor = new (...args: unknown[]) => object;

// Proxy → the class it constructs: the monitor's own connections (side-connection.ts) use the class itself. A second
// monitor watching the same pool proxies the first one's proxy: both are looked through.
const classes = new WeakMap<object, unknown>();
// Proxies whose monitor unwatched the pool while another's proxy stood over them: skipped when that one restores.
const retired = new WeakSet<object>();

function nothing(): void {}

/** The class a watched pool's `Client` stands for (itself when it is not one of ours). */
export function unobservedClass<T>(Client: T): T {
  let current: unknown = Client;
  while (typeof current === "function" && classes.has(current)) current = classes.get(current);
  return current as T;
}

/**
 * Observes every connect `pool` starts from now; returns what restores the pool's `Client`. A pool whose `Client` is
 * not a class it can replace keeps it (and is read as before: through the callers' answers). `counted()`, asked as
 * pg-pool constructs a client, says that this connect's end is counted elsewhere (the readiness probe's borrow): it is
 * left unobserved. Never throws.
 */
export function observeConnects(pool: pg.Pool, failed: ConnectFailed, counted: () => boolean = () => false): () => void {
  const holder = pool as unknown as { Client?: unknown; options?: unknown };
  try {
    const original = holder.Client;
    if (typeof original !== "function" || !Object.prototype.hasOwnProperty.call(holder, "Client")) return nothing;
    const proxy: Constructor = new Proxy(original as Constructor, {
      construct(target, args, newTarget) {
        // A subclass of the proxy (newTarget its own) is constructed as asked; the proxy itself, as the class.
        const client = Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
        if (!retired.has(proxy) && madeByPool(holder, args) && !countedElsewhere(counted)) watchConnect(client, failed, holder);
        return client;
      },
    });
    holder.Client = proxy;
    if (holder.Client !== proxy) return nothing;
    classes.set(proxy, original);
    return () => {
      try {
        retired.add(proxy);
        // The class under this proxy, past the proxies of monitors that unwatched while this one stood over them.
        let under: unknown = original;
        while (typeof under === "function" && retired.has(under)) under = classes.get(under);
        if (holder.Client === proxy) holder.Client = under;
      } catch {
        // A pool frozen since keeps the proxy: its reports stop at unwatch (the caller checks).
      }
    };
  } catch {
    return nothing;
  }
}

/**
 * pg-pool makes each of its connections with `new this.Client(this.options)`: its own options object, passed as is.
 * The application's own `new pool.Client(config)` (a listener's connection, a migration's) is not one of the pool's
 * connects, and its failure is the application's to see: it is not counted (drill bb, runtime-x).
 */
function madeByPool(pool: { options?: unknown }, args: unknown[]): boolean {
  try {
    const options = pool.options;
    return typeof options === "object" && options !== null && args[0] === options;
  } catch {
    // An `options` getter that throws (the pool's, or an instrumentation's): not known as the pool's, and read as
    // before, through the callers' answers — never thrown into the connect that constructs the client.
    return false;
  }
}

function countedElsewhere(counted: () => boolean): boolean {
  try {
    return counted();
  } catch {
    return false;
  }
}

/** pg-pool's bound on a connect (`connectionTimeoutMillis`), read when it failed. */
function connectBound(pool: { options?: unknown }): unknown {
  try {
    return (pool.options as { connectionTimeoutMillis?: unknown } | undefined)?.connectionTimeoutMillis;
  } catch {
    return undefined;
  }
}

/**
 * Wraps the new client's next `connect(callback)`; a client without one, or with its own, is left as it is. A failure
 * while its host name was still resolving is noted before pg-pool's callback runs (host-lookup.ts), so that the
 * caller's answer, counted inside it, is said as such too.
 */
function watchConnect(client: object, failed: ConnectFailed, pool: { options?: unknown }): void {
  try {
    watchLookup(client);
    const target = client as { connect?: unknown };
    if (typeof target.connect !== "function" || Object.prototype.hasOwnProperty.call(client, "connect")) return;
    Object.defineProperty(client, "connect", {
      configurable: true,
      enumerable: false,
      writable: true,
      value: function connect(this: unknown, ...args: unknown[]): unknown {
        delete target.connect;
        // The method the prototype holds now (an instrumentation may have patched it since).
        const own = target.connect as (...args: unknown[]) => unknown;
        const callback = args[0];
        if (this !== client || typeof callback !== "function") return own.apply(this, args);
        return own.call(client, function (this: unknown, error: unknown, ...rest: unknown[]) {
          if (error) lookupTimedOut(error, client, connectBound(pool));
          try {
            return (callback as (...args: unknown[]) => unknown).call(this, error, ...rest);
          } finally {
            if (error) failed(error, client);
          }
        });
      },
    });
  } catch {
    // Read as before, through the callers' answers.
  }
}

const UNEXPECTED = "Connection terminated unexpectedly";

/**
 * The error pg-pool would have given a caller for this connect: it destroys the socket of a connect that ran out of
 * `connectionTimeoutMillis` and says so ("Connection terminated due to connection timeout", with pg's error as its
 * cause). pg says "Connection terminated unexpectedly" for a socket closed under it; one destroyed on our side, without
 * an error and before the server ended it, is pg-pool's timeout (client.end() makes pg say "Connection terminated").
 */
export function asPoolSaysIt(error: unknown, client: object, connectionTimeoutMillis: unknown): unknown {
  try {
    if (!(error instanceof Error) || error.message !== UNEXPECTED) return error;
    if (typeof connectionTimeoutMillis !== "number" || !(connectionTimeoutMillis > 0)) return error;
    const stream = (client as { connection?: { stream?: { destroyed?: unknown; readableEnded?: unknown; errored?: unknown } } })
      .connection?.stream;
    if (stream?.destroyed !== true || stream.readableEnded !== false || stream.errored) return error;
    return new Error("Connection terminated due to connection timeout", { cause: error });
  } catch {
    return error;
  }
}
