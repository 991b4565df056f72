// A database whose sessions are read-only (`default_transaction_read_only`, as on a hot standby): reads run, every
// write fails with 25006. /readyz answers what the README promises — a query can run now — and says the database is
// read-only; a pool the application writes through (watch option `writes`) cannot serve, and says why.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/index.js";
import { scratchDatabase } from "../support/scratch-database.js";
import { RecordingLogger, about } from "./monitor-logs.js";

let database: { url: string; drop(): Promise<void> };

beforeAll(async () => {
  database = await scratchDatabase(inject("databaseUrl"), "readonly");
  const admin = new pg.Client({ connectionString: inject("databaseUrl") });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${new URL(database.url).pathname.slice(1)} SET default_transaction_read_only = on`);
  } finally {
    await admin.end();
  }
});
afterAll(() => database?.drop());

function watched(url: string, writes: boolean) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const logger = new RecordingLogger();
  const monitor = new PoolMonitor({ logger, intervalMs: 1000, readinessCacheMs: 0 }).watch(pool, { name: "main", writes }).start();
  return { pool, monitor, logger, [Symbol.asyncDispose]: async () => (monitor.stop(), await pool.end()) };
}

describe("a read-only database", () => {
  it("is ready for reads, and /readyz marks it readOnly", async () => {
    await using setup = watched(database.url, false);
    await expect(setup.pool.query("CREATE TABLE t (x int)")).rejects.toMatchObject({ code: "25006" });
    const readiness = await setup.monitor.readiness();
    expect(readiness.status).toBe("ok");
    expect(readiness.pools[0]).toMatchObject({ poolName: "main", readOnly: true });
    expect(readiness.pools[0]!.reason).toBeUndefined();
    expect(setup.monitor.snapshot().pools[0]!.readOnly).toBe(true);
  });

  it("cannot serve a pool that writes (watch option `writes`): /readyz 503, the periodic line says why", async () => {
    await using setup = watched(database.url, true);
    const readiness = await setup.monitor.readiness();
    const reason =
      "the database is read-only (transaction_read_only is on: a hot standby, or default_transaction_read_only), and " +
      "this pool writes (watch option `writes`): its writes fail with 25006";
    expect(readiness).toMatchObject({ status: "unavailable", pools: [{ readOnly: true, reason }] });
    expect(setup.monitor.snapshot().status).toBe("unavailable");
    const line = await setup.logger.next(about("main"));
    expect(line).toEqual({ level: "warn", message: `Pool 'main': 0% utilized (0/2 active, 0 idle, 0 waiting); cannot serve: ${reason}` });
  });

  it("its twin: a writable database is ready for a pool that writes, with no readOnly mark", async () => {
    await using setup = watched(inject("databaseUrl"), true);
    const readiness = await setup.monitor.readiness();
    expect(readiness.status).toBe("ok");
    expect(readiness.pools[0]!.readOnly).toBeUndefined();
  });
});
