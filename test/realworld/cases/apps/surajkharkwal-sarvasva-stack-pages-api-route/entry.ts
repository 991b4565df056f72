// Source: SurajKharkwal/sarvasva-stack — base/next/pages-routes/extra/db/postgres/data.ts (the `route` template the scaffolder writes to src/pages/api), reduced by hand, not copied
// Label: safe
// Why: the generated Pages Router handler releases in an inner finally; a failed checkout or query lands in the outer catch, which answers 500
import pool from "./db";
import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") {
    return res.status(405).json({ error: "Method not allowed" });
  }

  try {
    const client = await pool.connect();
    try {
      const result = await client.query("SELECT id, name, email FROM users");
      res.status(200).json(result.rows);
    } finally {
      client.release();
    }
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: "Database error" });
  }
}
