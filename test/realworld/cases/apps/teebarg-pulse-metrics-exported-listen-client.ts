// Source: teebarg/pulse-metrics — apps/api/db/index.ts (module body), reduced by hand, not copied
// Label: hand-over
// Why: top-level await checks out one client for LISTEN and exports it: the process holds it for its whole life on purpose (an error here fails the module's evaluation, so nothing can use the pool)
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const listener = await pool.connect();
await listener.query("LISTEN metric_events");

export { pool, listener };
