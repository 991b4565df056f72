// Source: reggi/skywriter — test/helpers/db.ts at d0c5f02 (createTestContext), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each test file's unit of work checks a client out of its own Pool and hands it back with a `cleanup` closure that drops the schema and releases it in a finally; but the awaited CREATE SCHEMA, SET search_path and schema-building queries run between the checkout and that return, outside any try, so a failing one (a clash in the recreated functions, a trigger error) rejects with the client checked out and the Pool never ended
import { randomUUID } from "node:crypto";
import { Pool, type PoolClient } from "pg";

export async function createTestContext(): Promise<{ client: PoolClient; cleanup: () => Promise<void> }> {
  const connectionString = process.env.DATABASE_URL;
  const pool = new Pool({ connectionString });
  const client = await pool.connect();

  const schemaName = `test_${randomUUID().replace(/-/g, "_")}`;
  await client.query(`CREATE SCHEMA ${schemaName}`);
  await client.query(`SET search_path TO ${schemaName}, public`);
  await client.query(`CREATE FUNCTION ${schemaName}.check_route_path_conflict() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`);
  await client.query(`CREATE TABLE ${schemaName}.routes (id serial PRIMARY KEY, path text NOT NULL)`);

  return {
    client,
    cleanup: async () => {
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE`);
      } finally {
        client.release();
        await pool.end();
      }
    },
  };
}
