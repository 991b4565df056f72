// Source: Abhinavsuri90/typeahead-engine — src/db/pool.ts (checkConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release() follows the awaited SELECT 1 inside the try; when the query throws, the catch logs and rethrows without releasing
import { Pool } from "pg";

const pool = new Pool({ host: process.env.DB_HOST || "localhost", database: "typeahead", max: 10 });

export async function checkConnection(): Promise<void> {
  try {
    const client = await pool.connect();
    await client.query("SELECT 1");
    client.release();
    console.info({ event: "db_connected" });
  } catch (err: any) {
    console.error({ event: "db_connection_failed", error: err.message });
    throw err;
  }
}

export default pool;
