// Source: Shreyously/task-triplespeed — apps/server/src/services/packService.ts at bbfc7953 (buyPack), reduced by hand, not copied
// Label: safe
// Why: the purchase runs in the server's own `withTx`; when it fails, the `catch` checks a second client out to replay an idempotent purchase, and its lookup, the rethrow of the original error (`if (!purchase) throw err`), the wrong-drop `throw` and the inventory read all sit in a `try` whose `finally` releases
import { pool, withTx } from "../db/pool";
import { getPurchaseByIdempotencyKey, createPackPurchase } from "../repositories/packRepository";
import { getDropForUpdate } from "../repositories/dropRepository";

export async function buyPack(userId: string, dropId: string, idempotencyKey: string) {
  try {
    return await withTx(async (client) => {
      const drop = await getDropForUpdate(client, dropId);
      if (!drop) throw new Error("Drop not found");
      if (drop.inventory <= 0) throw new Error("Sold out");
      const invResult = await client.query("update drops set inventory = inventory - 1 where id=$1 returning inventory", [dropId]);
      const purchase = await createPackPurchase(client, userId, dropId, drop.price, idempotencyKey);
      return { purchase, remainingInventory: Number(invResult.rows[0].inventory) };
    });
  } catch (err) {
    const client = await pool.connect();
    try {
      const purchase = await getPurchaseByIdempotencyKey(client, userId, idempotencyKey);
      if (!purchase) throw err;
      if (purchase.drop_id !== dropId) throw new Error("Idempotency key already used for a different drop");
      const inv = await client.query("select inventory from drops where id=$1", [dropId]);
      return { purchase, remainingInventory: Number(inv.rows[0]?.inventory ?? 0) };
    } finally {
      client.release();
    }
  }
}
