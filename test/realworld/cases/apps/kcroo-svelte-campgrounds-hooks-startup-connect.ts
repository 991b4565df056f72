// Source: kcroo/svelte-campgrounds — src/hooks.server.ts, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module's top-level `await pool.connect()` is a start-up check whose client is dropped, never released: the server keeps one pooled connection checked out forever
import { Pool } from "pg";
import dotenv from "dotenv";
dotenv.config();

let pool: Pool;
try {
  pool = new Pool({ host: process.env.PG_HOST, database: process.env.PG_DB });
  await pool.connect();
  console.log("pg connected...");
} catch (Exception) {
  console.log("Could not connect to database");
}

export async function handle({ event, resolve }) {
  event.locals = { pool: pool };
  return resolve(event);
}
