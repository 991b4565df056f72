// Drill (bb)'s undercount: against a host that never answers, with callers queued under connectionTimeoutMillis,
// pg-pool starts most connects for a caller whose own queue timer already gave up, and the connect's failure reaches no
// callback. Each connect that failed is one connection error, counted once: the connects are counted where they arrive
// (a listener of the test's own that accepts and never answers), and against a real PostgreSQL stopped, where every
// failure reaches its caller, each is counted once too.
import net from "node:net";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { sideClient } from "../../src/runtime/side-connection.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { RecordingLogger, type LogLine } from "./monitor-logs.js";
import { until } from "../support/until.js";

vi.setConfig({ testTimeout: 90_000 });

/** A TCP listener that accepts every connection and never says a word: a database host that does not answer. */
async function silentHost() {
  let accepted = 0;
  const open = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    accepted++;
    open.add(socket);
    socket.on("error", () => undefined);
    // Read (and drop) the startup message, so the client's close is seen.
    socket.resume();
    socket.on("close", () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    accepted: () => accepted,
    open: () => open.size,
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The connection errors the warn lines said, summed (`N since the last report`). */
function logged(lines: LogLine[]): number {
  return lines
    .map((line) => /connection error\(s\): (\d+) since the last report/.exec(line.message)?.[1])
    .reduce((sum, n) => sum + (n === undefined ? 0 : Number(n)), 0);
}

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function watched(pool: pg.Pool) {
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, intervalMs: 1000 }).watch(pool, { name: "main" }).start();
  cleanups.push(() => monitor.stop());
  return { monitor, logger };
}

it("a host that never answers, callers queued: every connect that timed out is counted once, in /metrics' counter and the line", async () => {
  const host = await silentHost();
  cleanups.push(() => host.close());
  const pool = new pg.Pool({ host: "127.0.0.1", port: host.port, user: "poolguard", database: "poolguard", max: 3, connectionTimeoutMillis: 200 });
  cleanups.push(() => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]));
  const { monitor, logger } = watched(pool);

  let trying = true;
  const caller = async () => {
    while (trying) await pool.query("SELECT 1").catch(() => undefined);
  };
  const callers = Array.from({ length: 9 }, caller);
  await until(() => host.accepted() >= 24, 30_000, "24 connects");
  trying = false;
  await Promise.all(callers);
  // Every connect started has ended: none is counted by the pool, none open at the host.
  await until(() => pool.totalCount === 0 && host.open() === 0, 10_000, "the last connects to end");

  const stats = monitor.stats()[0]!;
  // The callers queued behind the pool's 3 connects gave up waiting (counted apart, as checkouts that timed out)…
  expect(stats.timeouts).toBeGreaterThan(0);
  // …and each connect the host saw failed at pg-pool's bound: each one a connection error of kind timeout.
  expect(stats.connectionErrors).toEqual({ timeout: host.accepted() });
  const said = (line: LogLine) => line.message.includes("connection error(s)");
  if (logged(logger.lines.filter(said)) < host.accepted()) await logger.next(said, 5000);
  expect(logged(logger.lines.filter(said))).toBe(host.accepted());
});

it("watched, the pool's Client makes clients of its own class; unwatch gives the pool its own Client back", async () => {
  const pool = new pg.Pool({ max: 1 });
  const holder = pool as unknown as { Client: typeof pg.Client };
  const Client = holder.Client;
  const { monitor } = watched(pool);
  expect(holder.Client).not.toBe(Client);
  const made = new holder.Client();
  expect(Object.getPrototypeOf(made)).toBe(Client.prototype);
  expect(made).toBeInstanceOf(holder.Client);
  monitor.unwatch(pool);
  expect(holder.Client).toBe(Client);
  await pool.end();
});

it("two monitors watching one pool, unwatched first to last: the pool gets its own Client back", () => {
  const pool = new pg.Pool({ max: 1 });
  const holder = pool as unknown as { Client: typeof pg.Client };
  const Client = holder.Client;
  const first = watched(pool).monitor;
  const second = watched(pool).monitor;
  first.unwatch(pool);
  second.unwatch(pool);
  expect(holder.Client).toBe(Client);
  // …and the other order.
  const third = watched(pool).monitor;
  const fourth = watched(pool).monitor;
  fourth.unwatch(pool);
  third.unwatch(pool);
  expect(holder.Client).toBe(Client);
  cleanups.push(() => pool.end());
});

it("two monitors watching one pool, the first unwatched: the second still sees a connect whose failure reaches no caller", async () => {
  // A port nothing listens on: each connect is refused.
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const port = (closed.address() as net.AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const pool = new pg.Pool({ host: "127.0.0.1", port, max: 1 });
  cleanups.push(() => pool.end());
  const first = watched(pool).monitor;
  const second = watched(pool).monitor;
  first.unwatch(pool);
  // A connect pg-pool makes for a caller that is gone (as once its queue timer gave up): nobody hears of its failure.
  (pool as unknown as { newClient(item: unknown): void }).newClient({ timedOut: true, callback: () => undefined });
  await until(() => pool.totalCount === 0, 10_000, "the connect to fail");
  expect(second.stats()[0]!.connectionErrors).toEqual({ ECONNREFUSED: 1 });
});

it("two monitors watching one pool: the monitor's own connections are made by the pool's class, watched by neither", () => {
  const pool = new pg.Pool({ max: 1 });
  cleanups.push(() => pool.end());
  watched(pool);
  watched(pool);
  const client = sideClient(pool);
  expect(typeof client).not.toBe("string");
  expect(Object.prototype.hasOwnProperty.call(client, "connect")).toBe(false);
  expect((client as pg.Client).constructor).toBe(pg.Client);
});

describe.skipIf(Boolean(process.env.DATABASE_URL))("a PostgreSQL of this file's own, stopped", () => {
  let database: PostgresHandle;
  beforeAll(async () => {
    database = await startPostgres();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("each refused connect reaches its caller and is counted once, not again as the connect's own failure", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 3 });
    cleanups.push(() => pool.end());
    const { monitor } = watched(pool);
    const client = await pool.connect();
    // Once connected, the client is as pg made it: the connect watched was its own property only until called.
    expect(Object.prototype.hasOwnProperty.call(client, "connect")).toBe(false);
    expect(client.constructor).toBe(pg.Client);
    client.release();
    const removed = new Promise((resolve) => pool.once("remove", resolve));
    await database.stopServer();
    try {
      await removed;
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) outcomes.push(await pool.query("SELECT 1").then(() => "answered", (error: Error) => error.message));
      expect(outcomes.every((outcome) => outcome.startsWith("connect ECONNREFUSED"))).toBe(true);
      // The idle client's own break (57P01 or terminated) aside, 20 connects, 20 errors.
      expect(monitor.stats()[0]!.connectionErrors.ECONNREFUSED).toBe(20);
      expect(monitor.stats()[0]!.connectErrors).toBe(20);
    } finally {
      await database.startServer();
    }
  });
});
