// Source: goldcaddy77/weft — src/storage/postgres-key-value-storage.ts (PostgresKeyValueStorage.#withTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN runs inside the outer try; the inner catch rolls back (its failure swallowed by `.catch`) and rethrows, and the outer finally releases on every path
import type { Pool, PoolClient } from "pg";

export class PostgresKeyValueStorage {
  #pool: Pool;
  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async #withTransaction<T>(begin: string, runner: (client: PoolClient) => Promise<T>, shouldCommit: (result: T) => boolean = () => true): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query(begin);
      try {
        const result = await runner(client);
        await client.query(shouldCommit(result) ? "COMMIT" : "ROLLBACK");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    } finally {
      client.release();
    }
  }

  batch(ops: string[]) {
    return this.#withTransaction("BEGIN", async (client) => {
      for (const op of ops) await client.query(op);
    });
  }
}
