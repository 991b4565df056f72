// Source: spoonpaw/simple-message-board — src/lib/server/db/queries/categories/getCategories.ts, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release sits after the query inside the try; when the query rejects, the catch returns [] with the client still checked out
import type { Category } from "$lib/shared";
import { pool } from "$lib/server";

export async function getCategories(): Promise<Category[]> {
  try {
    console.log("fetching categories");
    const client = await pool.connect();
    const result = await client.query("SELECT * FROM categories WHERE is_deleted = FALSE");
    const categories = result.rows;
    client.release();
    return categories;
  } catch (err) {
    console.error("Error fetching categories:", err);
    return [];
  }
}
