// Source: reggi/skywriter — src/server/index.ts at d0c5f02 (createApp, the seed check), reduced by hand, not copied
// Label: safe
// Why: the app factory checks a client out to seed an empty database before it mounts the per-request withDb middleware, and releases it in a finally; the surrounding catch only logs a failed checkout or seed as non-fatal
import { Hono } from "hono";
import type { Pool } from "pg";
import { withDb } from "./middleware/withDb.ts";
import { seedIfEmpty } from "../operations/seedIfEmpty.ts";

export async function createApp(pool: Pool, options?: { seed?: boolean }) {
  if (options?.seed !== false) {
    try {
      const client = await pool.connect();
      try {
        await seedIfEmpty(client);
      } finally {
        client.release();
      }
    } catch (err) {
      console.error("Seed check failed (non-fatal):", err);
    }
  }

  const app = new Hono();
  app.use("/*", withDb(pool));
  return app;
}
