// Source: teebarg/pulse-metrics — apps/api/db/index.ts at 4a6ad2c (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module builds `drizzle(pool)` and then, with top-level await, checks a client out of the same pool and sends `LISTEN events_channel` on it; the client is exported, but no module imports it (the realtime listener uses its own `new Client()`) and it has no notification handler — one of the ORM's connections is taken for the process's life and never given back
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema.js";

const pool = new Pool({
  connectionString: process.env.DATABASE_URL!,
});

export const db = drizzle(pool, { schema });

const client = await pool.connect();
await client.query("LISTEN events_channel");

export { pool, client };
