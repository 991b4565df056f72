// Source: TGuiDev/PostgreConnect — src/db/connectionManager.ts (runQuery), reduced by hand, not copied
// Label: safe
// Why: a database tool keeps one pool per user-registered connection in a Map (rebuilt when the stored password changes, evicted when idle); runQuery takes the cached entry's pool and releases the client in finally, with a READ ONLY transaction for read-only connections
import { Pool, type QueryResult } from "pg";

declare function getConnectionById(id: string): Promise<{ host: string; database_name: string; encrypted_password: string; read_only: boolean } | null>;

interface CachedPool {
  pool: Pool;
  passwordFingerprint: string;
  readOnly: boolean;
  lastUsed: number;
}

const poolCache = new Map<string, CachedPool>();

export function evictConnection(id: string): void {
  const cached = poolCache.get(id);
  if (cached) {
    poolCache.delete(id);
    void cached.pool.end().catch(() => {});
  }
}

export async function getPoolForConnection(id: string): Promise<{ pool: Pool; readOnly: boolean } | null> {
  const record = await getConnectionById(id);
  if (!record) {
    evictConnection(id);
    return null;
  }
  const cached = poolCache.get(id);
  if (cached && cached.passwordFingerprint === record.encrypted_password) {
    cached.lastUsed = Date.now();
    return { pool: cached.pool, readOnly: cached.readOnly };
  }
  if (cached) evictConnection(id);
  const pool = new Pool({ host: record.host, database: record.database_name, max: 5 });
  poolCache.set(id, { pool, passwordFingerprint: record.encrypted_password, readOnly: record.read_only, lastUsed: Date.now() });
  return { pool, readOnly: record.read_only };
}

export async function runQuery(id: string, sql: string, params: unknown[]): Promise<QueryResult | null> {
  const entry = await getPoolForConnection(id);
  if (!entry) return null;
  const client = await entry.pool.connect();
  try {
    if (entry.readOnly) await client.query("BEGIN TRANSACTION READ ONLY");
    const result = await client.query(sql, params);
    if (entry.readOnly) await client.query("COMMIT");
    return result;
  } catch (err) {
    if (entry.readOnly) await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
