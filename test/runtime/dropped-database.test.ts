// The pool's database dropped under a running application, the server up (drill ll, docs/drills.md). The drop ends
// the pool's sessions with 57P01 (`DROP DATABASE … WITH (FORCE)`), and every connect after it fails with 3D000.
// Before: the connection-errors episode was opened by the 57P01, so its one alert said "a shutdown or restart … or
// `pg_terminate_backend`", and the 3D000 that followed — a database that does not exist, which no waiting mends —
// was never advised; and once the database was back and a new connection had opened, /readyz kept its cached
// "cannot connect: 3D000" for `readinessCacheMs`.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";
import { PoolMonitor, opsHandler, type AlertEvent } from "../../src/runtime/index.js";
import { admin as adminOn } from "../support/scratch-database.js";
import { RecordingLogger } from "./monitor-logs.js";
import { fetchText, serve } from "./ops-server.js";
import { parsePrometheusText } from "./prometheus-text.js";

const admin = (sql: string) => adminOn(inject("databaseUrl"), sql);
const cleanups: Array<() => Promise<unknown> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The next `event` of `emitter` (events.once would reject on the `error` events the drop causes). */
const next = (emitter: { once(event: string, listener: () => void): unknown }, event: string) =>
  new Promise<void>((resolve) => emitter.once(event, () => resolve()));

async function errorsByKind(base: string): Promise<Record<string, number>> {
  const byKind: Record<string, number> = {};
  for (const sample of parsePrometheusText((await fetchText(`${base}/metrics`)).body).samples) {
    if (sample.name === METRIC_NAMES.connectionErrors) byKind[sample.labels.error_type!] = sample.value;
  }
  return byKind;
}

describe("the pool's database dropped while the server is up (3D000)", () => {
  it("advises the missing database after the drop's 57P01, says so in /readyz, and is ready once it is back", async () => {
    const name = `dropped_${randomUUID().replaceAll("-", "")}`;
    await admin(`CREATE DATABASE ${name}`);
    cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(inject("databaseUrl"));
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
    // A long cache: an answer /readyz gives after the database is back is a fresh one, not the cache expiring.
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), intervalMs: 60_000, readinessCacheMs: 60_000 })
      .watch(pool, { name: "main" })
      .start();
    const alerts: AlertEvent[] = [];
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    const server = await serve(opsHandler({ monitor }));
    cleanups.push(() => pool.end(), () => monitor.stop(), () => server.close());

    const clients = await Promise.all([pool.connect(), pool.connect()]);
    for (const client of clients) client.release();
    const removed = Promise.all(clients.map(() => next(pool, "remove")));
    await admin(`DROP DATABASE ${name} WITH (FORCE)`);
    await removed;
    await expect(pool.query("SELECT 1")).rejects.toMatchObject({ code: "3D000" });

    const missing = `database "${name}" does not exist`;
    const down = await fetchText(`${server.url}/readyz`);
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body).pools).toMatchObject([{ poolName: "main", totalCount: 0, reason: `cannot connect: 3D000 (${missing})` }]);
    // /health is the process's liveness and says nothing of the pool.
    expect(await fetchText(`${server.url}/health`)).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    // The two sessions the drop ended, the caller's connect and the readiness round trip's own.
    expect(await errorsByKind(server.url)).toEqual({ "57P01": 2, "3D000": 2 });
    expect(alerts.map((alert) => alert.message)).toEqual([
      expect.stringMatching(/^Pool 'main' connection error: 57P01 \(terminating connection due to administrator command\); /),
      `Pool 'main' connection error: 3D000 (${missing}); the server is up but the database the pool names does not ` +
        "exist (dropped, or misnamed): check its name",
    ]);
    // The same refusal again in the same episode: not advised twice.
    await expect(pool.query("SELECT 1")).rejects.toMatchObject({ code: "3D000" });
    expect(alerts).toHaveLength(2);

    await admin(`CREATE DATABASE ${name}`);
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    const up = await fetchText(`${server.url}/readyz`);
    expect(JSON.parse(up.body).pools[0]).not.toHaveProperty("reason");
    expect(up.status).toBe(200);
  });
});

describe("the pool's database closed to new connections (ALLOW_CONNECTIONS false: 55000)", () => {
  it("serves with the sessions open, and the alert names the database's setting, not a database down", async () => {
    const name = `closed_${randomUUID().replaceAll("-", "")}`;
    await admin(`CREATE DATABASE ${name}`);
    cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const url = new URL(inject("databaseUrl"));
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, intervalMs: 60_000 }).watch(pool, { name: "main" }).start();
    const alerts: AlertEvent[] = [];
    monitor.on("alert", (alert: AlertEvent) => alerts.push(alert));
    cleanups.push(() => pool.end(), () => monitor.stop());

    const held = await Promise.all([pool.connect(), pool.connect()]);
    await admin(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    const closed = `database "${name}" is not currently accepting connections`;
    await expect(pool.connect()).rejects.toMatchObject({ code: "55000", message: closed });
    for (const client of held) client.release();

    // The two sessions open go on: the pool serves with them (before: "cannot serve: the last connect failed (…)").
    expect(monitor.snapshot().status).toBe("ok");
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    expect(alerts.map((alert) => alert.message)).toEqual([
      `Pool 'main' connection error: 55000 (${closed}; refused with 2 of its max 3 connections open, none idle: the ` +
        "server allows it no more now; the 2 serve only while one is idle, and a caller that finds none fails the same " +
        "way); the server is up and the database takes no new connection " +
        "(`ALLOW_CONNECTIONS false`: maintenance, or a database about to be dropped or renamed): the sessions open go " +
        "on; allow connections again (`ALTER DATABASE … WITH ALLOW_CONNECTIONS true`) or point the pool at another database",
    ]);
  });
});
