// The database's host name does not resolve (drill ff, docs/drills.md): getaddrinfo answers ENOTFOUND (no such name)
// or EAI_AGAIN (the name server did not answer) for every new connection, or no answer comes before the connect's
// bound (a name server that drops queries), and a connection already open goes on — a DNS failure ends no session. What a user reads: the error counter's kind, the waiting line's cause, /readyz's body
// and the `connection-errors` alert, with none of the pool's connections open and with some open and busy.
import { createSocket } from "node:dgram";
import { Resolver, lookup as dnsLookup, promises as dnsPromises } from "node:dns";
import { Socket, createServer, type AddressInfo, type LookupFunction } from "node:net";
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";
import { until } from "../support/until.js";

vi.setConfig({ testTimeout: 60_000 });

// `.invalid` is reserved never to resolve (RFC 2606); without a name server the answer is EAI_AGAIN.
const HOST = "db.invalid";
const DNS = /^(ENOTFOUND|EAI_AGAIN)$/;

/** The monitor's periodic tick, now (its interval is set long, so that only the test ticks). */
const tick = (monitor: PoolMonitor) => (monitor as unknown as { tick(): void }).tick();

const cleanups: Array<() => Promise<unknown> | void> = [];

/**
 * A real name server that reads every query and answers none (UDP on 127.0.0.1), and a `lookup` that asks it — as
 * a socket's resolver: the pool's `stream` option gives pg sockets of Node's own whose host name it resolves.
 */
async function silentNameServer(): Promise<{ lookup: LookupFunction; queries: () => number }> {
  const server = createSocket("udp4");
  let queries = 0;
  server.on("message", () => queries++);
  await new Promise<void>((resolve) => server.bind(0, "127.0.0.1", resolve));
  const resolver = new Resolver({ timeout: 60_000, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())), () => resolver.cancel());
  const lookup = ((host: string, _options: unknown, callback: (error: Error | null, address: string, family: number) => void) =>
    resolver.resolve4(host, (error, addresses) => callback(error, addresses?.[0] ?? "", 4))) as unknown as LookupFunction;
  return { lookup, queries: () => queries };
}

/** The pool's `stream` option: each connection a socket of Node's own, its host name resolved by `lookup()` then. */
function streamResolvedBy(lookup: () => LookupFunction): () => Socket {
  return () => {
    const socket = new Socket();
    const connect = socket.connect.bind(socket) as (options: object) => Socket;
    return Object.assign(socket, { connect: (port: number, host: string) => connect({ port, host, lookup: lookup() }) });
  };
}
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function watched(config: pg.PoolConfig) {
  const pool = new pg.Pool(config);
  const logger = new RecordingLogger();
  const alerts: AlertEvent[] = [];
  const monitor = new PoolMonitor({ logger, intervalMs: 600_000 }).watch(pool, { name: "main" }).start();
  monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
  cleanups.push(() => pool.end(), () => monitor.stop());
  return { pool, monitor, logger, alerts };
}

/** The kind the resolver gave here (ENOTFOUND, or EAI_AGAIN without a name server). */
const kindOf = (counts: Record<string, number>) => Object.keys(counts).find((kind) => DNS.test(kind));

describe("the database host name does not resolve", () => {
  it("with no connection open: the waiting line, /readyz and the counter name the DNS failure, the alert says where to look", async () => {
    const { pool, monitor, logger, alerts } = watched({ host: HOST, port: 5432, user: "app", password: "app", max: 2 });
    const first = await pool.connect().then(
      () => undefined,
      (error: { code?: string; message: string }) => error,
    );
    expect(first?.code).toMatch(DNS);
    const kind = first!.code!;
    // Four callers: two connects start, two callers queue behind them.
    const outcomes = [1, 2, 3, 4].map(() =>
      pool.connect().then(
        (client) => (client.release(), "served"),
        (error: { code?: string }) => error.code,
      ),
    );
    expect(pool.waitingCount).toBe(2);
    tick(monitor);
    const line = logger.lines.at(-1)!;
    expect(line.level).toBe("warn");
    expect(line.message).toBe(
      `Pool 'main' has 2 waiting client(s); none of its max 2 connections is open: they wait for the 2 being opened, ` +
        `and the last connect failed (getaddrinfo ${kind} ${HOST})`,
    );
    expect(await Promise.all(outcomes)).toEqual([kind, kind, kind, kind]);
    const ready = await monitor.readiness();
    expect(ready.status).toBe("unavailable");
    expect(ready.pools[0]).toMatchObject({ totalCount: 0, reason: `cannot connect: getaddrinfo ${kind} ${HOST}` });
    // 5 callers' connects and the probe's.
    expect(monitor.stats()[0]!.connectionErrors).toEqual({ [kind]: 6 });
    const errorLines = logger.lines.filter((l) => l.message.startsWith("Pool 'main' connection error(s)"));
    expect(errorLines[0]!.message).toBe(
      `Pool 'main' connection error(s): 1 since the last report (${kind} ×1); last: getaddrinfo ${kind} ${HOST} ` +
        `(the host name did not resolve, with none of its max 2 connections open: it cannot serve)`,
    );
    const alert = alerts.find((a) => a.kind === "connection-errors")!;
    expect(alert.message).toMatch(
      new RegExp(`^Pool 'main' connection error: ${kind} \\(getaddrinfo ${kind} ${HOST}; the host name did not resolve, `),
    );
    expect(alert.message).toContain(
      kind === "ENOTFOUND"
        ? "the database's host name does not resolve (DNS: no such name): check the host the pool connects to"
        : "the name server did not answer for the database's host name (a DNS failure, often passing)",
    );
    expect(alert.message).not.toContain("check that the database is up");
  });

  it("with connections open and busy, callers queued: it serves with those, and /readyz stays ready", async () => {
    const url = new URL(inject("databaseUrl"));
    const config = {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      max: 2,
    };
    const { pool, monitor, logger } = watched(config);
    const held = [await pool.connect(), await pool.connect()];
    let released = false;
    const releaseHeld = () => {
      if (!released) for (const client of held) client.release();
      released = true;
    };
    cleanups.push(releaseHeld);
    // The name stops resolving: pg-pool opens every new connection with these options (those open are untouched).
    (pool as unknown as { options: pg.PoolConfig }).options.host = HOST;
    const queued = [1, 2].map(() =>
      pool.connect().then(async (client) => {
        try {
          return (await client.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one;
        } finally {
          client.release();
        }
      }),
    );
    expect(pool.waitingCount).toBe(2);
    // None idle to borrow: the probe opens a connection of its own, and its host name does not resolve.
    const ready = await monitor.readiness();
    const kind = kindOf(monitor.stats()[0]!.connectionErrors);
    expect(kind).toMatch(DNS);
    expect(ready.status).toBe("ok");
    expect(ready.pools[0]).toMatchObject({ totalCount: 2, idleCount: 0, waitingCount: 2 });
    expect(ready.pools[0]!.reason).toBeUndefined();
    tick(monitor);
    const errorLine = logger.lines.find((l) => l.message.startsWith("Pool 'main' connection error(s)"))!;
    expect(errorLine.message).toBe(
      `Pool 'main' connection error(s): 1 since the last report (${kind} ×1); last: getaddrinfo ${kind} ${HOST} ` +
        `(the host name did not resolve, with 2 of its max 2 connections open, none idle: no new connection can be ` +
        `opened now; callers queue for the next of the 2 given back)`,
    );
    expect(logger.lines.some((l) => l.message.includes("cannot serve"))).toBe(false);
    // The queued callers are served by the open connections as they come back.
    releaseHeld();
    expect(await Promise.all(queued)).toEqual([1, 1]);
  });

  it("a name server that never answers: the connects' bound runs out in the lookup, and is said as that, not as a timeout", async () => {
    const silent = await silentNameServer();
    const stream = streamResolvedBy(() => silent.lookup);
    const pool = new pg.Pool({ host: HOST, user: "app", password: "app", max: 2, connectionTimeoutMillis: 300, stream } as pg.PoolConfig);
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000, readinessTimeoutMs: 500 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const ask = () =>
      pool.connect().then(
        (client) => (client.release(), "served"),
        (error: Error) => error.message,
      );
    const first = await Promise.all([ask(), ask(), ask()]);
    expect(first).toContain("Connection terminated due to connection timeout");
    expect(silent.queries()).toBeGreaterThan(0);
    // The third caller's queue timeout and the first connects' bound run out together: a connect pg-pool opened for
    // it after one of them failed may still be resolving when its caller has had its answer.
    await until(() => pool.totalCount === 0, 10_000, "the first connects to end");
    // Two connects again, one caller queued behind them: the line names the lookup as the last failure.
    const second = [ask(), ask(), ask()];
    expect(pool.waitingCount).toBe(1);
    tick(monitor);
    expect(logger.lines.at(-1)!.message).toContain(
      "Pool 'main' has 1 waiting client(s); none of its max 2 connections is open: they wait for the 2 being opened, " +
        `and the last connect failed (the host name ${HOST} did not resolve within 300 ms (no answer from the name server));`,
    );
    await Promise.all(second);
    const ready = await monitor.readiness();
    expect(ready.pools[0]!.reason).toBe(
      `cannot connect: the host name ${HOST} did not resolve within 500 ms (no answer from the name server), for the ` +
        "readiness query (SELECT 1, current_setting('transaction_read_only') AS read_only) (none of the pool's was idle to borrow)",
    );
    // Every connect, the callers' and the probe's, under the lookup's kind: none a `timeout`.
    await until(() => pool.totalCount === 0, 10_000, "the connects to end");
    expect(Object.keys(monitor.stats()[0]!.connectionErrors)).toEqual(["lookup_timeout"]);
  });

  it("a name server that stops answering under a pool with connections open and busy: it serves with those, ready", async () => {
    const url = new URL(inject("databaseUrl"));
    // The name `db.test` resolves to the test database's host while the name server answers…
    const answering = ((_host: string, options: object, callback: (...args: unknown[]) => void) =>
      dnsLookup(url.hostname, options, callback)) as unknown as LookupFunction;
    const silent = await silentNameServer();
    let current = answering;
    const config = {
      host: "db.test",
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      max: 2,
      stream: streamResolvedBy(() => current),
    };
    const pool = new pg.Pool(config as pg.PoolConfig);
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000, readinessTimeoutMs: 500 }).watch(pool, { name: "main" }).start();
    cleanups.push(() => pool.end(), () => monitor.stop());
    const held = [await pool.connect(), await pool.connect()];
    cleanups.push(() => held.forEach((client) => client.release()));
    // …and then answers nothing: the probe's own connection (none idle to borrow) runs out its bound in the lookup.
    current = silent.lookup;
    const ready = await monitor.readiness();
    expect(monitor.stats()[0]!.connectionErrors).toEqual({ lookup_timeout: 1 });
    expect(ready.status).toBe("ok");
    expect(ready.pools[0]).toMatchObject({ totalCount: 2, idleCount: 0 });
    for (const client of held) expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
  });

  it("a stream that connects by an address of its own (a tunnel, a connector) under a host name: its failures are said as they are, not as a lookup", async () => {
    const url = new URL(inject("databaseUrl"));
    const { address } = await dnsPromises.lookup(url.hostname);
    // pg asks for `db.tunnel`; the stream connects to an address and port of its own, and no name is ever looked up.
    const tunnel = (host: string, port: number) => () => {
      const socket = new Socket();
      const connect = socket.connect.bind(socket) as (options: object) => Socket;
      return Object.assign(socket, { connect: () => connect({ port, host }) });
    };
    const base = { host: "db.tunnel", port: 5432, user: "no_such_role_tunnel", password: "x", database: url.pathname.slice(1), max: 1 };
    const failure = (pool: pg.Pool) =>
      pool.connect().then(
        (client) => (client.release(), "connected"),
        (error: { code?: string; message: string }) => error.code ?? error.message,
      );
    // The server answers, after the stream connected: no such role (28P01 or 28000, as pg_hba.conf says).
    const database = watched({ ...base, stream: tunnel(address, Number(url.port || 5432)) } as pg.PoolConfig);
    const login = await failure(database.pool);
    expect(login).toMatch(/^28/);
    expect(database.monitor.stats()[0]!.connectionErrors).toEqual({ [login]: 1 });
    // Nothing listens there: refused (ECONNREFUSED) before any 'connect'.
    const nobody = watched({ ...base, stream: tunnel("127.0.0.1", await closedPort()) } as pg.PoolConfig);
    expect(await failure(nobody.pool)).toBe("ECONNREFUSED");
    expect(nobody.monitor.stats()[0]!.connectionErrors).toEqual({ ECONNREFUSED: 1 });
    // A server that takes the connection and closes it at once: pg's words alone, after the stream connected.
    const closing = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => closing.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => closing.close(() => resolve())));
    const hangUp = watched({ ...base, stream: tunnel("127.0.0.1", (closing.address() as AddressInfo).port) } as pg.PoolConfig);
    expect(await failure(hangUp.pool)).toBe("Connection terminated unexpectedly");
    expect(hangUp.monitor.stats()[0]!.connectionErrors).toEqual({ terminated: 1 });
  });
});

/** A TCP port nothing listens on: one a server bound and closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
