// Source: Abhinavsuri90/typeahead-engine — src/db/queries.ts (bulkUpsertQueries), reduced by hand, not copied
// Label: safe
// Why: the early return comes before the checkout; the batch insert runs in a transaction whose client is released in finally, ROLLBACK and rethrow on error
import pool from "./pool";

type BatchEntry = { query: string; count: number };

export async function bulkUpsertQueries(entries: BatchEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const values: any[] = [];
    const placeholders: string[] = [];
    let i = 1;
    for (const entry of entries) {
      placeholders.push(`($${i}, $${i + 1}, now())`);
      values.push(entry.query, entry.count);
      i += 2;
    }
    await client.query(`INSERT INTO queries (query, count, last_searched_at) VALUES ${placeholders.join(", ")} ON CONFLICT (query) DO UPDATE SET count = queries.count + EXCLUDED.count`, values);
    await client.query("COMMIT");
    const logger = (await import("../utils/logger")).default;
    logger.info({ event: "db_bulk_upsert", rowCount: entries.length });
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
