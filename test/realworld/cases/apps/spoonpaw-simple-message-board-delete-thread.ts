// Source: spoonpaw/simple-message-board — src/routes/thread/[id]/+server.ts (DELETE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the 404 branch returns when no row was updated without releasing the client; only the success path and the catch release it
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";
import { validateUser } from "$lib/server/auth";
import { getThreadsByCategoryId } from "$lib/server/db/queries/threads/getThreadsByCategoryId";

export async function DELETE(requestEvent: RequestEvent) {
  const threadId = requestEvent.params.id;
  let client;
  try {
    const user = await validateUser(requestEvent);
    if (!user) {
      return new Response(null, { status: 401 });
    }
    client = await pool.connect();
    const deleteResult = await client.query("UPDATE threads SET is_deleted = TRUE WHERE id = $1", [threadId]);
    if (deleteResult.rowCount === 0) {
      return new Response(JSON.stringify({ message: "Thread not found or already deleted" }), { status: 404 });
    }
    const thread = await client.query("SELECT category_id FROM threads WHERE id = $1", [threadId]);
    const updatedThreads = await getThreadsByCategoryId(thread.rows[0].category_id);
    client.release();
    return new Response(JSON.stringify(updatedThreads), { status: 200 });
  } catch (error) {
    if (client) client.release();
    return new Response(null, { status: 500 });
  }
}
