// Source: ssmanji89/postgres-mcp-tools — server/src/db/client.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the module's getClient returns the checkout to its caller (the transaction helper releases it in a finally); a failed connect is logged and rethrown with nothing held
import { Pool, type PoolClient } from "pg";
import { logger } from "../utils/logger.js";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, connectionTimeoutMillis: 2000 });

pool.on("error", (err: Error) => {
  logger.error("Unexpected error on idle client", err);
  process.exit(-1);
});

export const getClient = async (): Promise<PoolClient> => {
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    logger.error("Error connecting to database", error);
    throw error;
  }
};

export const query = async (text: string, params?: unknown[]) => {
  const start = Date.now();
  const res = await pool.query(text, params);
  const duration = Date.now() - start;
  if (duration > 100) logger.warn(`Slow query (${duration}ms): ${text}`);
  return res;
};
