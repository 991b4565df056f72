// Source: VitaliiHordiichuk/autohub — src/services/AdminCatalogCategoryService.js (createGroup), reduced by hand, not copied
// Label: safe
// Why: `db` may be the pool or a caller's client; the checkout is taken only from a pool and a flag computed before the try says to release it, which the finally does
import { pool } from "../config/db.js";

export async function createGroup({ name, parentId }, db = pool) {
  if (!name) throw new Error("A group name is required");

  const client = typeof db.connect === "function" ? await db.connect() : db;
  const shouldRelease = client !== db && typeof client.release === "function";
  try {
    await client.query("BEGIN");
    if (parentId) {
      const parent = await client.query("SELECT id FROM categories WHERE id = $1 FOR UPDATE", [parentId]);
      if (!parent.rowCount) throw new Error("Parent group not found");
    }
    const result = await client.query("INSERT INTO categories(parent_id, name) VALUES($1, $2) RETURNING id", [parentId, name]);
    await client.query("COMMIT");
    return { id: Number(result.rows[0].id) };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    if (shouldRelease) client.release();
  }
}
