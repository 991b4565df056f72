// Source: drizzle-team/drizzle-orm — integration-tests/js-tests/driver-init/module/node-pg.test.mjs ('drizzle({client, ...config})'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is put in drizzle's config object, but drizzle only borrows it: the test releases it itself after `await db.$client.query(…)`, and a failing query skips that release
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { describe, expect } from "vitest";
import * as schema from "./schema.mjs";

describe("node-pg:PoolClient", async (it) => {
  it("drizzle({client, ...config})", async () => {
    const pool = new Pool({ connectionString: process.env["PG_CONNECTION_STRING"] });
    const client = await pool.connect();
    const db = drizzle({
      client,
      schema,
    });

    await db.$client.query("SELECT 1;");
    client.release();

    expect(db.query.User).not.toStrictEqual(undefined);
  });
});
