// review-32a's review of session 32's readiness changes (drill mm: no slot with every open connection checked out
// below the pool's max is 503; drill ll: a connection opened drops a cached failed answer).
// - With a healthy server, a pool whose every open connection is checked out below its max stays ready: the probe's
//   own connection opens, so the drill-mm answer never applies; and checkouts add no listener to the pool.
// - The drill-mm answer is a state of the moment ("until one is given back"): a client given back must end it at
//   once, not after `readinessCacheMs` of repeating the cached 503.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { admin as adminOn } from "../support/scratch-database.js";
import { RecordingLogger } from "./monitor-logs.js";

const role = `review32_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const admin = (sql: string) => adminOn(inject("databaseUrl"), sql);

beforeAll(async () => {
  await admin(`CREATE ROLE ${role} LOGIN PASSWORD 'right' CONNECTION LIMIT 2`);
});

afterAll(async () => {
  await admin(`DROP ROLE IF EXISTS ${role}`);
});

const listeners = (pool: pg.Pool) => pool.eventNames().map((name) => [String(name), pool.listenerCount(name)]);

describe("readiness under saturation, reviewed", () => {
  it("a healthy server: every open connection held below the max stays ready, round trip after round trip", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 6 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), readinessCacheMs: 0 }).watch(pool, { name: "main" }).start();
    const held: pg.PoolClient[] = [];
    try {
      for (let i = 0; i < 20; i++) (await pool.connect()).release();
      const before = listeners(pool);
      for (let i = 0; i < 200; i++) (await pool.connect()).release();
      expect(listeners(pool)).toEqual(before);
      held.push(await pool.connect(), await pool.connect(), await pool.connect());
      expect([pool.totalCount, pool.idleCount]).toEqual([3, 0]);
      for (let i = 0; i < 5; i++) {
        const answer = await monitor.readiness();
        expect(answer.pools.map((p) => [p.poolName, p.reason, p.totalCount, p.idleCount])).toEqual([["main", undefined, 3, 0]]);
        expect(answer.status).toBe("ok");
      }
      expect(monitor.snapshot().status).toBe("ok");
      expect(monitor.stats()[0]?.connectionErrors).toEqual({});
    } finally {
      for (const client of held) client.release();
      monitor.stop();
      await pool.end();
    }
  });

  it("no slot with both held is 503, and a client given back ends it at once, the cached answer not repeated", async () => {
    const url = new URL(inject("databaseUrl"));
    url.username = role;
    url.password = "right";
    const pool = new pg.Pool({ connectionString: url.toString(), max: 6 });
    const monitor = new PoolMonitor({ logger: new RecordingLogger(), readinessCacheMs: 60_000 }).watch(pool, { name: "main" }).start();
    const held: pg.PoolClient[] = [];
    try {
      held.push(await pool.connect(), await pool.connect());
      const answer = await monitor.readiness();
      expect(answer.status).toBe("unavailable");
      expect(answer.pools[0]?.reason).toMatch(/^cannot connect: 53300 .*, and none of its 2 open connections is idle/);
      held.pop()!.release();
      expect((await monitor.readiness()).status).toBe("ok");
    } finally {
      for (const client of held) client.release();
      monitor.stop();
      await pool.end();
    }
  });
});
