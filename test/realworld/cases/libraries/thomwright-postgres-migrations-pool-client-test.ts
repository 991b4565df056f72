// Source: ThomWright/postgres-migrations — src/__tests__/migrate.ts (the pool-client migration test), reduced by hand, not copied
// Label: safe
// Why: the checkout's work is in an inner try whose finally releases; the outer finally ends the pool
import test from "ava";
import * as pg from "pg";

import { createDb, migrate } from "../";

test("migrates with a pool client", async (t) => {
  const dbConfig = { database: "migration-test-pool-client", user: "postgres", host: "localhost" };
  const pool = new pg.Pool(dbConfig);
  try {
    await createDb(dbConfig.database, dbConfig);
    const client = await pool.connect();
    try {
      await migrate({ client }, "src/__tests__/fixtures/success-first");
      t.truthy(await tableExists(dbConfig, "success"));
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
});

declare function tableExists(config: pg.ClientConfig, table: string): Promise<boolean>;
