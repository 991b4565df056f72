// Source: jojoldu/node-performance-in-action — src/tx.ts (selectAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is never released: each call keeps one checkout for good
import { Pool } from "pg";
import { database } from "./database";

const pool: Pool = database();

export async function selectAll() {
  const client = await pool.connect();
  const query = await client.query("select * from node_test");
  return query.rows;
}
