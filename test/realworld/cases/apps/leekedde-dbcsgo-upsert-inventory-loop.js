// Source: LeekedDE/dbcsgo — server/src/inventoryRepo.js (upsertInventoryItems), reduced by hand, not copied
// Label: safe
// Why: the transaction's loop (with `continue` on bad rows) runs inside try; catch rolls back and rethrows, finally releases
const { pool } = require("./db");

async function upsertInventoryItems(items) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    let upserted = 0;
    for (const it of items) {
      if (!it) continue;
      const id = it.id ?? it.assetid ?? null;
      if (!id) continue;
      const name = it.market_hash_name ?? it.name ?? null;
      if (!name) continue;
      await client.query(
        "INSERT INTO inventory_items (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
        [String(id), name]
      );
      upserted++;
    }
    await client.query("COMMIT");
    return { upserted };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

module.exports = { upsertInventoryItems };
