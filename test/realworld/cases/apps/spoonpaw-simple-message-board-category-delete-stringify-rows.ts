// Source: spoonpaw/simple-message-board — src/routes/category/[id]/+server.ts (DELETE), reduced by hand, not copied
// Label: safe
// Why: the release comes right before `return new Response(JSON.stringify(rows), { status: 200 })`; pg's rows (plain objects of parsed values) cannot make JSON.stringify throw, so the catch's second release is never reached after the first
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";

export async function DELETE({ params }: RequestEvent) {
  let client;
  try {
    client = await pool.connect();
    await client.query("UPDATE categories SET is_deleted = TRUE WHERE id = $1", [params.id]);
    const result = await client.query("SELECT * FROM categories WHERE is_deleted = FALSE");
    const categories = result.rows;
    client.release();
    return new Response(JSON.stringify(categories), { status: 200, headers: { "Content-Type": "application/json" } });
  } catch (err) {
    console.error("delete failed", err);
    if (client) client.release();
    return new Response(null, { status: 500 });
  }
}
