// Source: rory-hayes/Conduit — services/worker/src/db.ts (withClient), reduced by hand, not copied
// Label: safe
// Why: the worker's only checkout helper awaits the callback inside a `try` whose `finally` releases; every job processor reaches the database through it
import pg from "pg";
import { config } from "./config.js";

const { Pool } = pg;

export const pool = new Pool({
  connectionString: config.databaseUrl,
});

export const withClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>) => {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
};
