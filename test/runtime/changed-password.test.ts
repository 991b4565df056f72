// The password changed under a running application (drill y, docs/drills.md): the server refuses every new
// connection with 28P01 and the sessions already open go on. Before: the first refused connect made the pool
// "unavailable" (`/readyz` 503 whenever the probe had to open a connection of its own, the periodic line `cannot serve:
// the last connect failed`) while its open connections ran every query they were given — the 53300 case of drill i,
// whose answer it now shares: it serves with those it has, and the lines say it can open no more.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { admin as adminOn } from "../support/scratch-database.js";
import { RecordingLogger } from "./monitor-logs.js";

const role = `rotated_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const admin = (sql: string) => adminOn(inject("databaseUrl"), sql);

function url(): string {
  const parsed = new URL(inject("databaseUrl"));
  parsed.username = role;
  parsed.password = "before";
  return parsed.toString();
}

beforeAll(async () => {
  await admin(`CREATE ROLE ${role} LOGIN PASSWORD 'before'`);
});

afterAll(async () => {
  await admin(`DROP ROLE IF EXISTS ${role}`);
});

const errorLine = (line: { message: string }) => line.message.startsWith("Pool 'main' connection error(s)");

describe("the password changed under a running pool (28P01 for new connections, the open ones go on)", () => {
  it("is ready with the connections it has while one is idle, and says it was refused at 2 of its max 4", async () => {
    await admin(`ALTER ROLE ${role} PASSWORD 'before'`);
    const pool = new pg.Pool({ connectionString: url(), max: 4 });
    const logger = new RecordingLogger();
    // Uncached: each readiness() below is a round trip of its own.
    const monitor = new PoolMonitor({ logger, readinessCacheMs: 0 }).watch(pool, { name: "main" }).start();
    const held: pg.PoolClient[] = [];
    try {
      held.push(await pool.connect(), await pool.connect());
      await admin(`ALTER ROLE ${role} PASSWORD 'after'`);
      const line = logger.next(errorLine);
      await expect(pool.connect()).rejects.toMatchObject({ code: "28P01" });
      expect((await line).message).toBe(
        `Pool 'main' connection error(s): 1 since the last report (28P01 ×1); last: password authentication failed for ` +
          `user "${role}" (refused with 2 of its max 4 connections open, none idle: the server allows it no more now; the 2 serve only ` +
          "while one is idle, and a caller that finds none fails the same way)",
      );
      expect(monitor.snapshot().status).toBe("ok");
      // Both held: the probe opens a connection of its own, which the server refuses too. The two open ones run their
      // holders' queries, but a caller that finds none idle gets a new connection of a pool below its max — refused,
      // as above: unavailable while none is idle (drill mm; before, `ok`), ready once one is given back.
      const answer = await monitor.readiness();
      expect(answer.pools.map((p) => [p.poolName, p.reason, p.totalCount])).toEqual([
        [
          "main",
          `cannot connect: 28P01 (password authentication failed for user "${role}"), and none of its 2 open ` +
            "connections is idle: a checkout opens a new connection (the pool is below its max 4), which fails the same way",
          2,
        ],
      ]);
      expect(answer.status).toBe("unavailable");
      expect((await held[0]!.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      held.pop()!.release();
      expect((await monitor.readiness()).status).toBe("ok");
      for (const client of held.splice(0)) client.release();
      expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      // A failed assertion above leaves the two clients held, and pool.end() would wait for them until the test's
      // timeout: give them back first, so it fails at once with its own message.
      for (const client of held) client.release();
      monitor.stop();
      await pool.end();
    }
  });

  it("its twin: once none is open, it cannot serve, and says so", async () => {
    await admin(`ALTER ROLE ${role} PASSWORD 'after'`);
    const pool = new pg.Pool({ connectionString: url(), max: 4 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger }).watch(pool, { name: "main" }).start();
    try {
      const line = logger.next(errorLine);
      await expect(pool.connect()).rejects.toMatchObject({ code: "28P01" });
      expect((await line).message).toContain(`(refused with none of its max 4 connections open: it cannot serve)`);
      expect(monitor.snapshot().status).toBe("unavailable");
      const answer = await monitor.readiness();
      expect(answer.status).toBe("unavailable");
      expect(answer.pools[0]?.reason).toBe(`cannot connect: 28P01 (password authentication failed for user "${role}")`);
    } finally {
      monitor.stop();
      await pool.end();
    }
  });
});
