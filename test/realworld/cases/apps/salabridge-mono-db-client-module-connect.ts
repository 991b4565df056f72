// Source: salabridge/mono — src/lib/server/db/client.ts (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the exported pool is checked out once with a top-level `await pool.connect()` whose client is thrown away, before `drizzle(pool, …)` is built on it; nothing can release that client, so drizzle's queries share one connection fewer for good
import Pg from "pg";
import { DB_URL } from "$env/static/private";
import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "$lib/server/db/schema";

export const pool = new Pg.Pool({
  connectionString: `${DB_URL}`,
});

await pool.connect();

export const db = drizzle(pool, { schema, logger: true });
