// Source: spoonpaw/simple-message-board — src/routes/category/[id]/+server.ts (PUT), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out before the body is validated; the 400 `return` for a bad title leaves without releasing it
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";
import { validateUser } from "$lib/server/auth";

export async function PUT(event: RequestEvent) {
  const id = event.params.id;
  let client;
  try {
    const user = await validateUser(event);
    if (!user) {
      return new Response(null, { status: 401 });
    }
    client = await pool.connect();
    const { title, description } = await event.request.json();
    if (!title || title.length > 30 || !description) {
      return new Response(JSON.stringify({ error: "Invalid input" }), { status: 400 });
    }
    await client.query("UPDATE categories SET title = $1, description = $2 WHERE id = $3", [title, description, id]);
    const result = await client.query("SELECT * FROM categories WHERE is_deleted = FALSE");
    client.release();
    return new Response(JSON.stringify(result.rows), { status: 200 });
  } catch (err) {
    console.error("update failed", err);
    if (client) client.release();
    return new Response(null, { status: 500 });
  }
}
