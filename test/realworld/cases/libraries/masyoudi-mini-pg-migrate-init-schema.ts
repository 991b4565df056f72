// Source: masyoudi/mini-pg-migrate — src/db.ts (createConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the CURRENT_SCHEMA query and the version-table check run between the checkout and a release with no try/finally: a failure (permissions, lock timeout) leaves the client checked out
import pg from "pg";

const migrationTable = "migrations";

export async function createConnection(config: { dburl: string }) {
  const pool = new pg.Pool({ connectionString: config.dburl });

  const client = await pool.connect();
  const { schema } = (await client.query("SELECT CURRENT_SCHEMA() as schema")).rows?.[0];
  await ensureVersionTable(client, schema);
  client.release();

  return { pool, schema, migrationTable };
}

async function ensureVersionTable(client: pg.PoolClient, schema: string) {
  const result = await client.query({
    text: "SELECT COUNT(1)::int AS count FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2",
    values: [schema, migrationTable],
  });
  if (result.rows[0].count === 1) {
    return;
  }
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.${migrationTable} (version varchar PRIMARY KEY)`);
}
