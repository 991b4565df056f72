// Source: thenativeweb/wolkenkit — lib/stores/lockStore/Postgres/PostgresLockStore.ts (acquireLock, getDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `getHash({ value })` runs between the checkout and the `try` whose `finally` releases; crypto's `update(undefined)` throws a TypeError for a caller that passes no value, and the client checked out through the retried static `getDatabase` is never given back
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";
import { getHash } from "./get-hash";

class PostgresLockStore {
  protected pool: Pool;
  protected tableName: string;

  protected static async getDatabase(pool: Pool): Promise<PoolClient> {
    const database = await retry(async (): Promise<PoolClient> => {
      const connection = await pool.connect();

      return connection;
    });

    return database;
  }

  protected constructor({ pool, tableName }: { pool: Pool; tableName: string }) {
    this.pool = pool;
    this.tableName = tableName;
  }

  protected async removeExpiredLocks({ connection }: { connection: PoolClient }): Promise<void> {
    await connection.query(`DELETE FROM "${this.tableName}" WHERE "expiresAt" < $1`, [Date.now()]);
  }

  public async acquireLock({ value, expiresAt = Number.MAX_SAFE_INTEGER }: { value: string; expiresAt?: number }): Promise<void> {
    if (expiresAt < Date.now()) {
      throw new Error("A lock must not expire in the past.");
    }

    const connection = await PostgresLockStore.getDatabase(this.pool);
    const hash = getHash({ value });

    try {
      await this.removeExpiredLocks({ connection });

      try {
        await connection.query(`INSERT INTO "${this.tableName}" ("value", "expiresAt") VALUES ($1, $2)`, [hash, expiresAt]);
      } catch {
        throw new Error("Failed to acquire lock.");
      }
    } finally {
      connection.release();
    }
  }
}

export { PostgresLockStore };
