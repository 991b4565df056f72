// Source: ngarciafle/Closset — app/actions/postTags.ts at cd8c1d0 (postTags), reduced by hand, not copied
// Label: safe
// Why: each loop turn starts a SELECT it keeps in an unused variable without awaiting it, then awaits an INSERT on the same client, which pg runs after the SELECT; so no query is still running when the finally releases, and no connection leaks
import { pool } from "../lib/auth";

export async function postTags(id: string, tags: string[]) {
  const client = await pool.connect();
  try {
    const upsert = `INSERT INTO garment_tags (garment_id, tag) VALUES ($1, $2) ON CONFLICT (garment_id, tag) DO UPDATE SET tag = $2`;
    for (const tag of tags) {
      const idx = client.query(`SELECT id FROM tags WHERE tag = $1`, [tag]);
      await client.query(upsert, [id, tag]);
    }
  } catch (error) {
    throw new Error("Failed to post tags");
  } finally {
    client.release();
  }
}
