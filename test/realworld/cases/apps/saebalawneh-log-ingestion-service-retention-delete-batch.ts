// Source: saebalawneh/log-ingestion-service — src/repositories/retention.repository.ts at 470e1dd (deleteLogsBefore), reduced by hand, not copied
// Label: safe
// Why: the retention sweep deletes one batch of expired logs and decrements their rollups in a transaction: an empty batch commits and returns inside the try, the catch rolls back and rethrows, the finally releases
import type { Pool, PoolClient } from "pg";

type ExpiredRow = { id: string; minute: Date; service: string; level: string };

async function selectExpiredLogs(client: PoolClient, cutoff: Date, batchSize: number): Promise<ExpiredRow[]> {
  const { rows } = await client.query<ExpiredRow>(
    "SELECT id, date_trunc('minute', timestamp) AS minute, service, level FROM logs WHERE timestamp < $1 ORDER BY timestamp LIMIT $2 FOR UPDATE SKIP LOCKED",
    [cutoff, batchSize],
  );
  return rows;
}

function buildRollupAdjustments(rows: ExpiredRow[]) {
  const map = new Map<string, number>();
  for (const r of rows) map.set(`${r.minute.toISOString()}|${r.service}|${r.level}`, (map.get(`${r.minute.toISOString()}|${r.service}|${r.level}`) ?? 0) + 1);
  return [...map.entries()];
}

export async function deleteLogsBefore(pool: Pool, cutoff: Date, batchSize: number): Promise<number> {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const expiredRows = await selectExpiredLogs(client, cutoff, batchSize);
    if (expiredRows.length === 0) {
      await client.query("COMMIT");
      return 0;
    }
    const adjustments = buildRollupAdjustments(expiredRows);
    await client.query("DELETE FROM logs WHERE id = ANY($1::bigint[])", [expiredRows.map((r) => r.id)]);
    await client.query("UPDATE logs_rollup SET count = count - a.n FROM unnest($1::text[], $2::int[]) AS a(k, n) WHERE logs_rollup.key = a.k", [
      adjustments.map(([k]) => k),
      adjustments.map(([, n]) => n),
    ]);
    await client.query("COMMIT");
    return expiredRows.length;
  } catch (error: unknown) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
