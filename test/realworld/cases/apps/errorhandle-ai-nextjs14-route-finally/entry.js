// Source: https://errorhandle.ai/how-can-i-maintain-a-persistent-postgresql-connection-from-within-a-nextjavascript-14-api (the Copilot answer's app/api/example/route.js), reduced by hand, not copied
// Label: safe
// Why: the AI answer's App Router handler checks out before the try and releases in the finally; the catch only logs and answers 500
import pool from "./db.js";

export async function GET(req) {
  const client = await pool.connect();

  try {
    const res = await client.query("SELECT * FROM your_table");
    return new Response(JSON.stringify(res.rows), { status: 200 });
  } catch (err) {
    console.error("Database error:", err);
    return new Response("Database error", { status: 500 });
  } finally {
    client.release();
  }
}
