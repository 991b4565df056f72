// Source: Eugene-TechXplo-SA/KQ — apps/api/src/db/transaction.ts (withTransaction, the Hono API's helper, at a517acb), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the caller's operation and COMMIT run in a try whose catch rolls back and rethrows; the finally releases the client on every path
import type { PoolClient } from "pg";
import { Pool } from "pg";
import { getEnv } from "../utils/env";

const pool = new Pool({
  connectionString: getEnv("SUPABASE_DB_URL"),
  ssl: process.env.SUPABASE_DB_SSL === "disable" ? false : { rejectUnauthorized: false },
});

export async function withTransaction<T>(operation: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const result = await operation(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
