// Source: https://leyaa.ai/codefly/learn/nextjs/part-2/nextjs-connection-pooling-for-serverless/complexity (a lesson's quiz on a Next.js API route with a pg Pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client.release()` follows the query inside the try; when the query rejects the catch answers 500 and the client is never released (the lesson explains only the case where `pool.connect()` fails)
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req, res) {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT NOW()");
    client.release();
    res.status(200).json({ time: result.rows[0].now });
  } catch (error) {
    res.status(500).json({ error: "Database connection failed" });
  }
}
