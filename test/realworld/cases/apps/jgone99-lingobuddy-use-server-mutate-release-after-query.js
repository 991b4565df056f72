// Source: jgone99/LingoBuddy — src/app/db/mutations.js (mutate, a 'use server' module, at bea84a9, before d1a3883), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the server action checks a client out of a `max: 3` pool and releases it only after the awaited query, outside any finally: a failed statement keeps the client, and three failures stall every later action
"use server";

import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 3, ssl: { rejectUnauthorized: false } });

export const mutate = async (text, params) => {
  const client = await pool.connect();
  const res = await client.query(text, params);
  client.release();
  return res.rows;
};
