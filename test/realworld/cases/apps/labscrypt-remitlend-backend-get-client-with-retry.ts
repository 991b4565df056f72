// Source: LabsCrypt/remitlend-backend — src/db/connection.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned from the retried callback and getClient returns what withRetry resolves to; the callers (withTransaction, the indexer) release it in their finally
import pg from "pg";
import logger from "../utils/logger.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
let isShuttingDown = false;

async function withRetry<T>(fn: () => Promise<T>, retries = 3): Promise<T> {
  let attempt = 0;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (++attempt > retries) throw error;
      logger.warn("retrying database operation", { attempt });
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export const getClient = async () => {
  if (isShuttingDown) {
    throw new Error("Database pool is shutting down");
  }
  return withRetry(async () => {
    const client = await pool.connect();
    return client;
  });
};

export const closePool = async () => {
  isShuttingDown = true;
  await pool.end();
};
