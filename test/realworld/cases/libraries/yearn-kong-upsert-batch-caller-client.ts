// Source: yearn/kong — packages/ingest/load/index.ts (upsertBatch), reduced by hand, not copied
// Label: safe
// Why: the function checks a client out only when the caller passed none (`_client ?? await db.connect()`), and its finally releases exactly in that case; a caller's client is left to the caller
import type { PoolClient } from "pg";
import db from "../db";

function toUpsertSql(table: string, pk: string, data: object, where?: string) {
  return `INSERT INTO ${table} (${Object.keys(data).join(", ")}) VALUES (...) ON CONFLICT (${pk}) DO UPDATE ${where ?? ""}`;
}

export async function upsertBatch(batch: object[], table: string, pk: string, where?: string, _client?: PoolClient) {
  const client = _client ?? (await db.connect());
  try {
    if (!_client) await client.query("BEGIN");
    for (const object of batch) {
      await client.query(toUpsertSql(table, pk, object, where), Object.values(object));
    }
    if (!_client) await client.query("COMMIT");
  } catch (error) {
    if (!_client) await client.query("ROLLBACK");
    throw error;
  } finally {
    if (!_client) client.release();
  }
}
