// Source: ssmanji89/postgres-mcp-tools — src/utils/db.js (transaction), reduced by hand, not copied (the helper sits in the same module there; here in ./db.js)
// Label: safe
// Why: the client from getClient (`pool.connect()`) runs BEGIN, the callback and COMMIT in the try; the catch rolls back, logs and rethrows, the finally releases
import { getClient } from "./db.js";
import { logger } from "./logger.js";

export const transaction = async (callback) => {
  const client = await getClient();
  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    logger.error("Transaction error:", error);
    throw error;
  } finally {
    client.release();
  }
};
