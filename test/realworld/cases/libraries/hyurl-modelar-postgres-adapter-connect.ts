// Source: Hyurl/modelar-postgres-adapter — src/index.ts (PostgresAdapter.connect / release), reduced by hand, not copied
// Label: hand-over
// Why: the `.then` callback stores the checkout in `this.connection`; the adapter's `release()` gives it back when modelar is done with the DB
import { Pool, type PoolClient, type PoolConfig } from "pg";

export class PostgresAdapter {
  static Pools: Record<string, Pool> = {};
  connection: PoolClient | null = null;

  connect(db: { dsn: string; config: PoolConfig & { timeout: number } }): Promise<typeof db> {
    const { dsn } = db;
    if (PostgresAdapter.Pools[dsn] === undefined) {
      PostgresAdapter.Pools[dsn] = new Pool({ ...db.config, connectionTimeoutMillis: db.config.timeout });
    }
    return PostgresAdapter.Pools[dsn].connect().then((client) => {
      this.connection = client;
      return db;
    });
  }

  release(): void {
    if (this.connection) {
      this.connection.release();
      this.connection = null;
    }
  }
}
