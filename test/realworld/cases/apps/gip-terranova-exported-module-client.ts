// Source: gip/terranova — lib/db.ts (module body), reduced by hand, not copied
// Label: hand-over
// Why: a top-level-await checkout exported as the app's shared client; the Next.js route modules import and query it for the process's life
import { Pool } from "pg";

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
});

export const client = await pool.connect();
