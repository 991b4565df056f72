// Source: Lolsogod/lingo — src/lib/server/database/drizzle.ts (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the SvelteKit server module awaits `pool.connect()` at the top level as a connection check and drops the client it resolves with, then builds `drizzle(pool)` on the same pool: the checked-out client is never released and the ORM runs one connection short for the process's life
import { DATABASE_URL } from "$env/static/private";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./drizzle-schemas";

const pool = new pg.Pool({
  connectionString: DATABASE_URL,
});

await pool.connect();
const db = drizzle(pool, { schema });

export default db;
