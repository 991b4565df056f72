// Source: jgone99/LingoBuddy — src/app/db/queries.js (query, imported by the app router's server components, at bea84a9, before d1a3883), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a second `max: 3` pool with the same shape as mutations.js: `client.release()` follows the awaited query outside any finally, so a rejected query leaks the client
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 3, ssl: { rejectUnauthorized: false } });

export const query = async (text, params) => {
  const client = await pool.connect();
  const res = await client.query(text, params);
  client.release();
  return res.rows;
};
