// Source: timgit/pg-boss — src/db.ts (Db.withTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the callback, COMMIT and ROLLBACK all run inside try; `client.release()` is in finally
import assert from "node:assert";
import type pg from "pg";

interface Executor {
  executeSql(text: string, values?: unknown[]): Promise<unknown>;
}

export class Database {
  opened = false;
  constructor(private pool: pg.Pool) {}

  async withTransaction<T>(fn: (db: Executor) => Promise<T>): Promise<T> {
    assert(this.opened, "Database not opened. Call open() first.");
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const txDb: Executor = { executeSql: (text, values) => client.query(text, values) };
      const result = await fn(txDb);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
