// Source: Roshan04E/appbook — lib/database/pg-client-pool.ts (pgClientPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each call checks out a client and drops it (the awaited connect() result is never kept), then returns the pool; every call leaks one client
"use server";

import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

export default async function pgClientPool() {
  await pool.connect();
  return pool;
}
