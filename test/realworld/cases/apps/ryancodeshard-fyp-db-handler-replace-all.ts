// Source: Ryancodeshard/FYP — src/repo/db_handler.ts (handler), reduced by hand, not copied
// Label: safe
// Why: between connect() and the try only `req.replaceAll('"', "'")` on a `string` parameter and a log line run; neither throws, and the try's finally releases
import { Pool, QueryResult } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: true });

export default async function handler(req: string): Promise<QueryResult<any>> {
  const client = await pool.connect();
  req = req.replaceAll('"', "'");
  console.log(req);
  try {
    const response = await client.query(req);
    return response;
  } finally {
    client.release();
  }
}
