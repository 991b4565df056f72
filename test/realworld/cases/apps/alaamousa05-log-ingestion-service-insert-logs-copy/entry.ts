// Source: AlaaMousa05/log-ingestion-service — src/repositories/logs.repository.ts at 194ed6c (insertLogs), reduced by hand, not copied
// Label: safe
// Why: the log ingester reads a config flag (a property, no call) between the checkout and the try, then streams the batch through COPY FROM STDIN with stream/promises pipeline and, when rollups are on, upserts a rotating shard inside BEGIN/COMMIT; the inner catch rolls back and rethrows, the outer finally releases
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { ingestPool } from "./db.js";
import { env } from "./env.js";

type LogEntry = { timestamp: string; level: string; service: string; message: string; attributes: Record<string, unknown> };

const ROLLUP_SHARDS = 8;
let nextShard = 0;

function toCopyTextRow(entry: LogEntry): string {
  return [entry.timestamp, entry.level, entry.service, entry.message, JSON.stringify(entry.attributes)].join("\t") + "\n";
}

function rollupDeltas(entries: LogEntry[]) {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const key = `${e.timestamp.slice(0, 16)}|${e.service}|${e.level}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts.entries()].map(([key, count]) => [...key.split("|"), count] as const);
  return {
    buckets: rows.map((r) => r[0]),
    services: rows.map((r) => r[1]),
    levels: rows.map((r) => r[2]),
    values: rows.map((r) => r[3]),
  };
}

export async function insertLogs(entries: LogEntry[]) {
  if (entries.length === 0) {
    return 0;
  }

  const client = await ingestPool.connect();
  const maintainRollup = env.aggregateRollupEnabled;

  try {
    if (maintainRollup) {
      await client.query("BEGIN");
    }

    try {
      const copyStream = client.query(
        copyFrom("COPY logs (timestamp, level, service, message, attributes) FROM STDIN WITH (FORMAT text)"),
      );
      const source = Readable.from(
        (function* () {
          for (let i = 0; i < entries.length; i += 500) {
            yield entries.slice(i, i + 500).map(toCopyTextRow).join("");
          }
        })(),
      );
      await pipeline(source, copyStream);

      if (maintainRollup) {
        const deltas = rollupDeltas(entries);
        const shard = nextShard;
        nextShard = (nextShard + 1) % ROLLUP_SHARDS;
        await client.query(
          `INSERT INTO logs_rollup (bucket_minute, service, level, shard, count)
           SELECT b, s, l, $5::smallint, c FROM unnest($1::timestamptz[], $2::text[], $3::log_level[], $4::bigint[]) AS t(b, s, l, c)
           ON CONFLICT (bucket_minute, service, level, shard) DO UPDATE SET count = logs_rollup.count + EXCLUDED.count`,
          [deltas.buckets, deltas.services, deltas.levels, deltas.values, shard],
        );
        await client.query("COMMIT");
      }
    } catch (error) {
      if (maintainRollup) {
        await client.query("ROLLBACK").catch(() => undefined);
      }
      throw error;
    }
  } finally {
    client.release();
  }

  return entries.length;
}
