// Source: adrenal29/NextCRUD — src/app/api/getSchools/route.js at cf8e01b (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Next.js route handler in JavaScript releases right after the SELECT inside the try; when the SELECT fails the catch answers with an error and the client stays checked out
import { NextResponse } from "next/server";
import { Pool } from "pg";

const pool = new Pool({
  connectionString: process.env.POSTGRES_URL,
  ssl: { rejectUnauthorized: false },
});

export async function GET(req, res) {
  try {
    const client = await pool.connect();
    const { rows } = await client.query(`SELECT * FROM school`);
    client.release();
    console.log(rows);
    return NextResponse.json(rows, { headers: { "Cache-Control": "no-store, max-age=0" } });
  } catch (error) {
    console.error("Error fetching schools data:", error);
    return NextResponse.json({ error: "Failed to fetch schools data" });
  }
}
