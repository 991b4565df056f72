// Source: jokull/db-result — src/integration.test.ts (the kyselyTryDb test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the two setup queries are awaited before `client.release()` inside a try whose finally only ends the pool: a failed DDL skips the release and `pool.end()` then waits for it
import pg from "pg";
import { test } from "vitest";

test("wrapped builders run", async () => {
  const pool = new pg.Pool({ connectionString: process.env.PGTEST_DSN });
  try {
    const client = await pool.connect();
    await client.query("DROP TABLE IF EXISTS kw_users");
    await client.query("CREATE TABLE kw_users (id serial PRIMARY KEY, email text NOT NULL UNIQUE)");
    client.release();
    await pool.query("INSERT INTO kw_users (email) VALUES ('a@b.c')");
  } finally {
    await pool.end();
  }
});
