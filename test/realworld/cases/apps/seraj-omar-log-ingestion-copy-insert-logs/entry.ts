// Source: Seraj-Omar/log-ingestion — src/repositories/logs.ts at 300bd70 (insertLogs), reduced by hand, not copied
// Label: safe
// Why: each ingested batch is streamed with pg-copy-streams' COPY FROM STDIN through `pipeline` and its roll-ups upserted in one transaction; an empty `new Map()` is all that runs between the checkout and the try, whose finally releases after the catch's guarded ROLLBACK
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { pool } from "./pool.js";
import type { ValidLog } from "./log.js";

type RollupAccumulator = Map<string, number>;

const COPY_SQL = "COPY logs (ts, level, service, message) FROM STDIN WITH (FORMAT csv)";

function* serializeLogs(logs: readonly ValidLog[], rollups: RollupAccumulator): Generator<string> {
  for (const log of logs) {
    const key = `${log.service}|${log.level}`;
    rollups.set(key, (rollups.get(key) ?? 0) + 1);
    yield `${log.timestamp},${log.level},${log.service},"${log.message.replace(/"/g, '""')}"\n`;
  }
}

function buildRollupUpsert(rollups: RollupAccumulator): { text: string; values: unknown[] } {
  const values = [...rollups].flatMap(([key, count]) => [...key.split("|"), count]);
  return { text: "INSERT INTO log_rollups_1m (service, level, count) SELECT * FROM unnest($1::text[])", values };
}

export async function insertLogs(logs: readonly ValidLog[]): Promise<void> {
  if (logs.length === 0) {
    return;
  }

  const client = await pool.connect();

  const rollups: RollupAccumulator = new Map();

  try {
    await client.query("BEGIN");
    const copyStream = client.query(copyFrom(COPY_SQL));
    const source = Readable.from(serializeLogs(logs, rollups), { objectMode: false });
    await pipeline(source, copyStream);

    const rollupQuery = buildRollupUpsert(rollups);
    await client.query(rollupQuery.text, rollupQuery.values);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
