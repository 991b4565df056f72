// A pool whose `max` is above what the server lets it open (drills i and j, docs/drills.md): `max_connections`
// reached by another client, or a pool of 30 against a server of 20. The server refuses the connections past its
// limit with 53300, and the pool serves with those it has. Before: one refused connect made the pool "unavailable"
// (`/readyz` 503, the periodic line `cannot serve: the last connect failed`) while its open connections ran every
// query they were given, and nothing said that the pool was stuck below its `max`. Here a role's CONNECTION LIMIT
// stands for the server's limit (one code, 53300, on a server shared with other tests).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { admin as adminOn } from "../support/scratch-database.js";
import { RecordingLogger } from "./monitor-logs.js";

const role = `slots_${randomUUID().replaceAll("-", "").slice(0, 12)}`;

const admin = (sql: string) => adminOn(inject("databaseUrl"), sql);

function urlWithLimit(limit: number): string {
  const url = new URL(inject("databaseUrl"));
  url.username = `${role}_${limit}`;
  url.password = "right";
  return url.toString();
}

beforeAll(async () => {
  for (const limit of [0, 2]) await admin(`CREATE ROLE ${role}_${limit} LOGIN PASSWORD 'right' CONNECTION LIMIT ${limit}`);
});

afterAll(async () => {
  for (const limit of [0, 2]) await admin(`DROP ROLE IF EXISTS ${role}_${limit}`);
});

const errorLine = (line: { message: string }) => line.message.startsWith("Pool 'main' connection error(s)");

describe("a pool the server refuses more connections than it has open (53300)", () => {
  it("is ready with the connections it has while one is idle, and says it was refused at 2 of its max 6", async () => {
    const pool = new pg.Pool({ connectionString: urlWithLimit(2), max: 6 });
    const logger = new RecordingLogger();
    // Uncached: each readiness() below is a round trip of its own.
    const monitor = new PoolMonitor({ logger, readinessCacheMs: 0 }).watch(pool, { name: "main" }).start();
    const held: pg.PoolClient[] = [];
    try {
      held.push(await pool.connect(), await pool.connect());
      const line = logger.next(errorLine);
      await expect(pool.connect()).rejects.toMatchObject({ code: "53300" });
      expect((await line).message).toBe(
        `Pool 'main' connection error(s): 1 since the last report (53300 ×1); last: too many connections for role ` +
          `"${role}_2" (refused with 2 of its max 6 connections open, none idle: the server allows it no more now; the 2 serve only ` +
          "while one is idle, and a caller that finds none fails the same way)",
      );
      expect(monitor.snapshot().status).toBe("ok");
      // Both held: the probe opens a connection of its own, which the server refuses too. The pool is below its max,
      // so pg-pool does not queue a caller that finds none idle: it opens a connection for it, and the caller fails
      // at once with 53300 (as above) — a query cannot run now (drill mm; before, `ok`).
      const answer = await monitor.readiness();
      expect(answer.status).toBe("unavailable");
      expect(answer.pools.map((p) => [p.poolName, p.reason, p.totalCount])).toEqual([
        [
          "main",
          `cannot connect: 53300 (too many connections for role "${role}_2"), and none of its 2 open connections is ` +
            "idle: a checkout opens a new connection (the pool is below its max 6), which fails the same way",
          2,
        ],
      ]);
      expect(monitor.stats()[0]?.connectionErrors).toEqual({ "53300": 2 });
      // One given back: the probe borrows it, and a checkout gets it.
      held.pop()!.release();
      expect((await monitor.readiness()).status).toBe("ok");
      for (const client of held.splice(0)) client.release();
      expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      for (const client of held) client.release();
      monitor.stop();
      await pool.end();
    }
  });

  it("its twin at its max: every connection held, callers queue for them, so the refused probe leaves it ready", async () => {
    const pool = new pg.Pool({ connectionString: urlWithLimit(2), max: 2 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger() }).watch(pool, { name: "main" }).start();
    const held: pg.PoolClient[] = [];
    try {
      held.push(await pool.connect(), await pool.connect());
      const answer = await monitor.readiness();
      expect(answer.pools.map((p) => [p.poolName, p.reason, p.totalCount])).toEqual([["main", undefined, 2]]);
      expect(answer.status).toBe("ok");
      // The probe's own connect was refused, and counted.
      expect(monitor.stats()[0]?.connectionErrors).toEqual({ "53300": 1 });
      const queued = pool.query<{ one: number }>("SELECT 1 AS one");
      for (const client of held.splice(0)) client.release();
      expect((await queued).rows).toEqual([{ one: 1 }]);
    } finally {
      for (const client of held) client.release();
      monitor.stop();
      await pool.end();
    }
  });

  it("its twin: refused with none open, it cannot serve, and says so", async () => {
    const pool = new pg.Pool({ connectionString: urlWithLimit(0), max: 6 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger }).watch(pool, { name: "main" }).start();
    try {
      const line = logger.next(errorLine);
      await expect(pool.connect()).rejects.toMatchObject({ code: "53300" });
      expect((await line).message).toContain(`(refused with none of its max 6 connections open: it cannot serve)`);
      expect(monitor.snapshot().status).toBe("unavailable");
      const answer = await monitor.readiness();
      expect(answer.status).toBe("unavailable");
      expect(answer.pools[0]?.reason).toBe(`cannot connect: 53300 (too many connections for role "${role}_0")`);
    } finally {
      monitor.stop();
      await pool.end();
    }
  });
});
