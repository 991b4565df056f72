// Source: AhmadShawkat/LeLog_ — src/logs/repository.ts at e3a0f8e (insertLogBatch), reduced by hand, not copied
// Label: safe
// Why: the log ingester writes a batch with COPY FROM STDIN through stream/promises pipeline, then upserts per-minute aggregates, in one transaction; the catch rolls back only once BEGIN went through and rethrows, the finally releases
import type { Pool } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

type ValidatedLogEntry = { timestamp: string; service: string; level: string; message: string };

const COPY_LOG_BATCH_QUERY = "COPY logs (ts, service, level, message) FROM STDIN WITH (FORMAT csv)";
const UPSERT_LOG_MINUTE_AGGREGATES_QUERY =
  "INSERT INTO log_minutes (bucket, service, level, count) SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::int[]) ON CONFLICT (bucket, service, level) DO UPDATE SET count = log_minutes.count + EXCLUDED.count";

function serializeLogBatch(entries: readonly ValidatedLogEntry[]): string {
  return entries.map((e) => [e.timestamp, e.service, e.level, JSON.stringify(e.message)].join(",")).join("\n");
}

function groupLogMinuteAggregates(entries: readonly ValidatedLogEntry[]) {
  const map = new Map<string, { bucketStart: string; service: string; level: string; count: number }>();
  for (const e of entries) {
    const bucketStart = e.timestamp.slice(0, 16);
    const key = `${bucketStart}|${e.service}|${e.level}`;
    const found = map.get(key);
    if (found) found.count += 1;
    else map.set(key, { bucketStart, service: e.service, level: e.level, count: 1 });
  }
  return [...map.values()];
}

export async function insertLogBatch(pool: Pick<Pool, "connect">, entries: readonly ValidatedLogEntry[]): Promise<void> {
  const client = await pool.connect();
  let transactionStarted = false;
  try {
    await client.query("BEGIN");
    transactionStarted = true;
    const destination = client.query(copyFrom(COPY_LOG_BATCH_QUERY));
    await pipeline(Readable.from([serializeLogBatch(entries)]), destination);

    const aggregates = groupLogMinuteAggregates(entries);
    await client.query({
      name: "upsert-log-minute-aggregates-v1",
      text: UPSERT_LOG_MINUTE_AGGREGATES_QUERY,
      values: [
        aggregates.map(({ bucketStart }) => bucketStart),
        aggregates.map(({ service }) => service),
        aggregates.map(({ level }) => level),
        aggregates.map(({ count }) => count),
      ],
    });
    await client.query("COMMIT");
  } catch (error) {
    if (transactionStarted) {
      await client.query("ROLLBACK").catch(() => undefined);
    }
    throw error;
  } finally {
    client.release();
  }
}
