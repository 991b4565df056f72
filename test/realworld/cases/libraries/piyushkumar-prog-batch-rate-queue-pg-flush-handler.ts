// Source: piyushkumar-prog/batch-rate-queue — src/adapters/pg.ts (createPgFlushHandler), reduced by hand, not copied
// Label: safe
// Why: the flush handler the queue calls with each batch checks out once, runs the UPDATEs between BEGIN and COMMIT in a try whose catch rolls back and whose finally releases; an empty batch returns before the checkout
interface BufferItem {
  id: string | number;
  updates: Record<string, unknown>;
}

export function createPgFlushHandler(pool: any, tableName: string, idColumn = "id"): (batch: BufferItem[]) => Promise<void> {
  return async (batch: BufferItem[]) => {
    if (batch.length === 0) return;

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      for (const item of batch) {
        const keys = Object.keys(item.updates);
        if (keys.length === 0) continue;
        const setClauses = keys.map((key, i) => `"${key}" = $${i + 1}`);
        const values = keys.map((key) => item.updates[key]);
        values.push(item.id);
        await client.query(`UPDATE "${tableName}" SET ${setClauses.join(", ")} WHERE "${idColumn}" = $${values.length}`, values);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
}
