// Source: SiddheshTambe45/vuln-tang-clan — app/api/test-db/route.js at abbf5a3 (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Next.js App Router check route releases only after its query succeeded; a failing `SELECT NOW()` goes to the catch, which answers 500 and never releases the client
import pool from "@/lib/db";

export async function GET() {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT NOW()");
    client.release();
    return Response.json({ success: true, time: result.rows[0].now });
  } catch (err) {
    return Response.json({ success: false, error: err.message }, { status: 500 });
  }
}
