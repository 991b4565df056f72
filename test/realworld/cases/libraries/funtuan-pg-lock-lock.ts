// Source: funtuan/pg-lock — src/index.ts (PgLock.lock), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits the advisory unlock query before `client.release()`; when that query rejects (a dead connection, a cancelled statement) the release is skipped
import { Pool, PoolClient, PoolConfig } from "pg";

export class PgLock {
  private readonly pool: Pool;

  constructor(poolConfig: PoolConfig) {
    this.pool = new Pool(poolConfig);
  }

  async acquireLock(client: PoolClient, key: number): Promise<boolean> {
    const res = await client.query("SELECT pg_try_advisory_lock($1)", [key]);
    if (res.rows[0].pg_try_advisory_lock === true) return true;
    throw new Error("Cannot acquire lock");
  }

  async releaseLock(client: PoolClient, key: number): Promise<boolean> {
    const res = await client.query("SELECT pg_advisory_unlock($1)", [key]);
    return res.rows[0].pg_advisory_unlock;
  }

  async lock(key: number, func: () => Promise<unknown>): Promise<unknown> {
    const client = await this.pool.connect();
    try {
      await this.acquireLock(client, key);
      return await func();
    } finally {
      await this.releaseLock(client, key);
      client.release();
    }
  }
}
