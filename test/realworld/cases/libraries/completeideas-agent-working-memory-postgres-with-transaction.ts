// Source: CompleteIdeas/agent-working-memory — src/storage/postgres.ts (PostgresEngramStore.withTransaction), reduced by hand, not copied
// Label: safe
// Why: the engram store binds the checked-out client to an AsyncLocalStorage scope for the callback (`txCtx.run(client, fn)`) so the store's own queries join the transaction; BEGIN, the callback and COMMIT are inside the try, the catch's ROLLBACK is wrapped in its own try, and the finally releases
import pg from "pg";
import { AsyncLocalStorage } from "node:async_hooks";

const { Pool } = pg;

export class PostgresEngramStore {
  private pool!: pg.Pool;
  private readonly txCtx = new AsyncLocalStorage<pg.PoolClient>();
  private readyPromise: Promise<void>;

  constructor(connectionString: string) {
    this.readyPromise = this.init(connectionString);
  }

  private async init(connectionString: string): Promise<void> {
    this.pool = new Pool({ connectionString, max: 10 });
  }

  private q(sql: string, params?: unknown[]) {
    return (this.txCtx.getStore() ?? this.pool).query(sql, params);
  }

  async withTransaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.readyPromise;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await this.txCtx.run(client, fn);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      try { await client.query("ROLLBACK"); } catch { /* best-effort */ }
      throw err;
    } finally {
      client.release();
    }
  }

  async deleteEngram(id: string): Promise<void> {
    await this.readyPromise;
    await this.q("DELETE FROM engrams WHERE id = $1", [id]);
  }
}
