// Test support for the tests that hold real row locks: a table with one row, an admin connection outside any pool,
// cleanups run after each test, and a pool of 3 watched with `captureStacks: "always"` at a given leak threshold.
// Registers its own vitest hooks: call it inside a `describe`.
import pg from "pg";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { RecordingLogger } from "./monitor-logs.js";

export interface RowLockFixture {
  /** Connected in beforeAll; the table has the row (1, 0). */
  readonly admin: pg.Client;
  /** Run in reverse order after each test. */
  readonly cleanups: Array<() => Promise<unknown> | void>;
  /** A pool of 3 watched as `main`, ended (at most 1 s waited) and its monitor stopped after the test. */
  watched(): { pool: pg.Pool; logger: RecordingLogger; monitor: PoolMonitor };
}

export function rowLockFixture(table: string, leakDetectionMs: number): RowLockFixture {
  const cleanups: Array<() => Promise<unknown> | void> = [];
  let admin: pg.Client | undefined;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    await admin.query(`CREATE TABLE IF NOT EXISTS ${table} (id int PRIMARY KEY, n int NOT NULL)`);
    await admin.query(`INSERT INTO ${table} VALUES (1, 0) ON CONFLICT DO NOTHING`);
  });

  afterAll(async () => {
    await admin?.query(`DROP TABLE IF EXISTS ${table}`);
    await admin?.end();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return {
    get admin() {
      if (!admin) throw new Error("rowLockFixture: admin is connected in beforeAll");
      return admin;
    },
    cleanups,
    watched() {
      const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 3 });
      const logger = new RecordingLogger();
      const monitor = new PoolMonitor({ logger, leakDetectionMs, captureStacks: "always" }).watch(pool, { name: "main" }).start();
      cleanups.push(
        () => Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]),
        () => monitor.stop(),
      );
      return { pool, logger, monitor };
    },
  };
}
