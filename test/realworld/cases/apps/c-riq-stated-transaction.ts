// Source: c-riq/stated — p2p/backend/database/transaction.ts (transaction, before 94838f6), reduced by hand, not copied
// Label: safe
// Why: registering the client's error listener cannot throw; everything after it is in a try whose finally releases (itself wrapped in try/catch)
import { Pool, PoolClient } from "pg";

export const transaction = async (work: (client: PoolClient) => void, pool: Pool) => {
  const client = await pool.connect();
  client.on("error", (error) => {
    console.log("pg client error:", error);
  });
  try {
    await client.query("BEGIN");
    try {
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      console.log(error);
      await client.query("ROLLBACK");
    }
  } finally {
    try {
      client.release();
    } catch (error) {
      console.log(error);
    }
  }
};
