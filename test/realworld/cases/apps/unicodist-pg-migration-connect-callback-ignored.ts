// Source: Unicodist/pg-migration — pages/api/database/index.ts (Handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `pool.connect(cb)` checks a client out but the callback only looks at the error and drops the client and its release; the handler then queries through the pool and calls `pool.end()`, which never ends the client still checked out — one open connection per request
import { NextApiRequest, NextApiResponse } from "next";
const { Pool } = require("pg");

export default async function Handler(req: NextApiRequest, res: NextApiResponse) {
  const pool = new Pool({ user: "postgres", host: "localhost", database: "postgres" });
  pool.connect((err: Error) => {
    if (err) throw err;
  });

  const result = await pool.query("SELECT datname as name from pg_catalog.pg_database");

  res.status(200).json(result.rows);

  await pool.end();
}
