// Source: wsporto/typesql — tests/postgres-e2e/crud.test.ts ('insert-default-value'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN is awaited before the `try`, and the finally awaits ROLLBACK before `release()`: a failed BEGIN, or a ROLLBACK on a broken connection, leaves the client checked out
import assert from "node:assert";
import { after, describe, it } from "node:test";
import pg from "pg";
import { insertIntoRoles, selectFromRoles } from "./sql";

describe("crud-postgres", () => {
  const pool = new pg.Pool({ connectionString: "postgres://postgres:password@127.0.0.1:5432/postgres" });

  after(async () => {
    await pool.end();
  });

  it("insert-default-value", async () => {
    const client = await pool.connect();
    await client.query("BEGIN");
    try {
      const insertedRole = await insertIntoRoles(client, { fk_user: 1 });
      const actual = await selectFromRoles(client, { id: insertedRole!.id });
      assert.deepStrictEqual(actual, { id: insertedRole!.id, fk_user: 1, role: "user" });
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
