// A connection pooler's refusal of a new client connection (drill kk, docs/drills.md): PgBouncer past its
// `max_client_conn` answers a client's startup with FATAL 08P01 "no more connections allowed (max_client_conn)"
// while the connections it already took go on serving. CI has no PgBouncer, so a small proxy in front of the real
// PostgreSQL behaves as it does to the client: it passes the first `limit` connections through and answers every
// further one with that error. The pool serves with what it has: /readyz ready, no "cannot serve", the alert says
// what to change.
import net from "node:net";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type AlertEvent } from "../../src/runtime/monitor.js";
import { RecordingLogger } from "./monitor-logs.js";

const tick = (monitor: PoolMonitor) => (monitor as unknown as { tick(): void }).tick();
const MESSAGE = "no more connections allowed (max_client_conn)";

/** PostgreSQL's ErrorResponse message ('E') with the fields PgBouncer sends. */
function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

/** A proxy to `target` that takes `limit` client connections at a time and refuses the rest as PgBouncer does. */
async function bouncer(target: URL, limit: number): Promise<{ port: number; close(): Promise<void> }> {
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (open.size >= limit) {
      // PgBouncer reads the startup packet, then answers it.
      client.once("data", () => client.end(errorResponse("08P01", MESSAGE)));
      client.on("error", () => {});
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    open.add(client);
    client.pipe(upstream).pipe(client);
    const close = () => {
      open.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe("a pooler in front of the database refuses a new client connection (max_client_conn)", () => {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("with connections open: refused, not 'cannot serve'; unavailable while none is idle; the alert names max_client_conn", async () => {
    const target = new URL(inject("databaseUrl"));
    const proxy = await bouncer(target, 2);
    cleanups.push(() => proxy.close());
    const url = new URL(target.href);
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    const pool = new pg.Pool({ connectionString: url.href, max: 4, connectionTimeoutMillis: 5000 });
    const logger = new RecordingLogger();
    const alerts: AlertEvent[] = [];
    const monitor = new PoolMonitor({ logger, intervalMs: 600_000 }).watch(pool, { name: "bouncer" });
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    cleanups.push(() => pool.end(), () => monitor.stop());

    const held = await Promise.all([pool.connect(), pool.connect()]);
    cleanups.push(() => held.forEach((client) => client.release()));
    const refused = await pool.connect().then(
      (client) => (client.release(), undefined),
      (error: Error & { code?: string }) => error,
    );
    expect(refused?.code).toBe("08P01");
    expect(refused?.message).toBe(MESSAGE);

    // Both held and the pool below its max: a caller that finds none idle gets a new connection, refused as above
    // (drill mm; before, `ok`).
    const ready = await monitor.readiness();
    expect(ready.status).toBe("unavailable");
    expect(ready.pools[0]!.reason).toBe(
      `cannot connect: 08P01 (${MESSAGE}), and none of its 2 open connections is idle: a checkout opens a new ` +
        "connection (the pool is below its max 4), which fails the same way",
    );
    // The caller's connect and the probe's own (none idle to borrow): the bouncer's code, by kind.
    expect(monitor.stats()[0]!.connectionErrors).toEqual({ "08P01": 2 });
    // The connections the bouncer took still serve.
    expect((await held[0]!.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);

    logger.lines.length = 0;
    tick(monitor);
    expect(logger.lines.map((line) => line.message)).toContain("Pool 'bouncer': 50% utilized (2/4 active, 0 idle, 0 waiting)");
    expect(alerts.filter((alert) => alert.kind === "connection-errors").map((alert) => alert.message)).toEqual([
      `Pool 'bouncer' connection error: 08P01 (${MESSAGE}; refused with 2 of its max 4 connections open, none idle: the ` +
        "server allows it no more now; the 2 serve only while one is idle, and a caller that finds none fails the " +
        "same way); a connection pooler in front of the database " +
        "(PgBouncer) has no client connection left for this pool (its `max_client_conn`): raise it, or lower the " +
        "`max` of the pools that connect through it; the connections open go on",
    ]);
  });
});
