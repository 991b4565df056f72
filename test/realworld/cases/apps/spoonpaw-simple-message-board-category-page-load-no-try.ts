// Source: spoonpaw/simple-message-board — src/routes/category/[id]/+page.server.ts (load), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: no try at all: a failed category query, or a failing getThreadsByCategoryId (which checks out a second client), leaves this client checked out
import { error } from "@sveltejs/kit";
import type { RequestEvent } from "@sveltejs/kit";
import { pool } from "$lib/server";
import { getThreadsByCategoryId } from "$lib/server/db/queries/threads/getThreadsByCategoryId";

export async function load({ params }: RequestEvent) {
  const categoryId = params.id;
  if (!categoryId) {
    throw error(400, "Category ID is required");
  }
  const client = await pool.connect();
  const categoryResult = await client.query("SELECT * FROM categories WHERE id = $1", [categoryId]);
  const category = categoryResult.rows[0];
  if (!category) {
    client.release();
    throw error(404, "Category not found");
  }
  const threads = await getThreadsByCategoryId(categoryId);
  client.release();
  return { category, threads };
}
