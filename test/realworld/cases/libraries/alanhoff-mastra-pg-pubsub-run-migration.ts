// Source: alanhoff/mastra-pg-pubsub — src/schema.ts (runMigration), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the transaction-scoped advisory lock, the DDL loop and COMMIT run in a try whose catch rolls back (its own failure swallowed) and whose finally releases
import type { Pool, PoolClient } from "pg";

async function schemaExists(client: PoolClient, schema: string): Promise<boolean> {
  const result = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
  return result.rowCount === 1;
}

export async function runMigration(pool: Pool, schema: string, ddl: string[]): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const client: PoolClient = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [schema]);
    if (!(await schemaExists(client, schema))) {
      await client.query(`CREATE SCHEMA "${schema}"`);
    }
    for (const statement of ddl) {
      await client.query(statement);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
