// Source: parsaestakhry/autofind-sveltekit — src/lib/db/postgres.ts (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module calls `connection.connect()` on its pool at load and drops the promise: one client is checked out and never released for the life of the process
import pg from "pg";
import { POSTGRES_URL } from "$env/static/private";
const { Pool } = pg;

export const connection = new Pool({
  connectionString: POSTGRES_URL,
  idleTimeoutMillis: 20000,
  port: 5432,
});
connection.connect();
