// Source: rizaramadan/ngeshare-analytics — src/db/connection.js (createPool), reduced by hand, not copied
// Label: safe
// Why: one factory makes both the source and the destination pool; its connection test runs inside a retry callback and releases the client in finally before the pool is returned
import pg from "pg";
import { retry } from "../utils/retry.js";

const { Pool } = pg;

export async function createPool(config, name) {
  const pool = new Pool(config);
  await retry(
    async () => {
      const client = await pool.connect();
      try {
        await client.query("SELECT 1");
        console.info(`Connected to ${name} database`);
      } finally {
        client.release();
      }
    },
    { maxRetries: 3, baseDelayMs: 1000, name: `${name} connection` },
  );
  pool.on("error", (err) => console.error(`Unexpected error on ${name} pool:`, err.message));
  return pool;
}
