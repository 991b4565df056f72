// Source: stevenmcsorley/multisite — site1/app/routes/test_data.tsx (loader), reduced by hand, not copied
// Label: safe
// Why: a Remix loader with its own `pg.Client` (connect, query, end), not a pool checkout; a failed query leaves that client's socket open, which is not this rule's concern
import { json } from "@remix-run/node";
import pkg from "pg";

const { Client } = pkg;

export async function loader() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const result = await client.query("SELECT id, name FROM test_names ORDER BY id");
  await client.end();
  return json({ rows: result.rows });
}
