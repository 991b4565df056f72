// Source: suraj1294/deno-hono — test.ts (getUsersRaw), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the raw-SQL variant of getUsers checks a client out of the Neon serverless pool (pg's Pool API) and returns the rows without ever releasing it
import { Pool } from "@neondatabase/serverless";
import { connectionString } from "./drizzle/db.ts";

const pool = new Pool({ connectionString });

export const getUsersRaw = async () => {
  const client = await pool.connect();
  const res = await client.query("SELECT * FROM users");
  const rows = res.rows;
  return rows;
};
