// Source: Ziza-Lend/ZizaLend — backend/src/db/connection.ts at a1fc5e0 (getClient and withTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the instrumented db module (pool metrics logged every minute, an exhaustion warning before each checkout) returns the checkout out of its retry wrapper to the caller; its own withTransaction takes it and releases it in the finally of each attempt
import pg, { type PoolClient } from "pg";

const { Pool } = pg;
const maxPoolSize = 10;

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: maxPoolSize });

const metricsInterval = setInterval(() => {
  console.info("DB Pool Metrics", { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
}, 60000);
metricsInterval.unref();

const TRANSIENT_ERROR_CODES = new Set(["ECONNREFUSED", "08006", "57P01", "40001", "40P01"]);

const withRetry = async <T>(operation: () => Promise<T>, retries = 3, delay = 500): Promise<T> => {
  try {
    return await operation();
  } catch (error) {
    const err = error as { code: string };
    if (retries > 0 && TRANSIENT_ERROR_CODES.has(err.code)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return withRetry(operation, retries - 1, delay * 2);
    }
    throw error;
  }
};

const checkExhaustion = () => {
  if (pool.totalCount >= maxPoolSize && pool.idleCount === 0) {
    console.warn("DB Pool Exhaustion Warning: All connections are currently in use.", { waiting: pool.waitingCount });
  }
};

let isShuttingDown = false;

export const getClient = async () => {
  if (isShuttingDown) {
    throw new Error("Database pool is shutting down");
  }
  checkExhaustion();
  return withRetry(async () => {
    const client = await pool.connect();
    return client;
  });
};

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>, maxRetries = 3): Promise<T> {
  let attempt = 0;
  while (true) {
    const client = await getClient();
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        console.error("Failed to rollback transaction", rollbackError);
      }
      if (TRANSIENT_ERROR_CODES.has((error as { code: string }).code) && attempt < maxRetries) {
        attempt++;
        continue;
      }
      throw error;
    } finally {
      client.release();
    }
  }
}

export const closePool = async () => {
  isShuttingDown = true;
  clearInterval(metricsInterval);
  await pool.end();
};
