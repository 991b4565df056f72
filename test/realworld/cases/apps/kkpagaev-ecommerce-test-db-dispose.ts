// Source: kkpagaev/ecommerce — apps/server/test/utils.ts (testDB), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client goes to the caller inside an object whose `[Symbol.asyncDispose]` releases it, but only after listing the tables and creating the temporary copies; when one of those queries fails the checkout is lost (and the pool is never ended)
import { Pool } from "pg";

async function getTables(pool: Pool) {
  const res = await pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
  return res.rows.map((t: { table_name: string }) => t.table_name);
}

async function createTempTable(pool: Pool, tables: string[]) {
  for (const table of tables) {
    await pool.query(`CREATE TEMPORARY TABLE ${table} (LIKE ${table} INCLUDING ALL)`);
  }
}

export async function testDB() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  const client = await pool.connect();
  const tables = await getTables(pool);
  await createTempTable(pool, tables);

  return {
    pool,
    client,
    async [Symbol.asyncDispose]() {
      client.release();
      await pool.end();
    },
  };
}
