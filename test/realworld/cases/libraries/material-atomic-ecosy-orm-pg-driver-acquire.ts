// Source: material-atomic/ecosy-orm — src/drivers/pg.ts (PgDriver's acquire), reduced by hand, not copied
// Label: hand-over
// Why: the ORM driver's acquire() returns a DriverConnection whose `release` closes over the checkout; the ORM's DataSource runs its transaction on it and calls release() when done
import type { PoolConfig } from "pg";

interface QueryResultLike<Row> {
  rows: Row[];
  rowCount: number;
}

interface DriverConnection {
  query<Row = unknown>(sql: string, params?: unknown[]): Promise<QueryResultLike<Row>>;
  release(): void;
}

export function PgDriver(poolConfig: PoolConfig) {
  const POOL = Symbol.for("@ecosy/orm:pg-pool");
  const global = globalThis as typeof globalThis & { [POOL]?: any };

  const pool = () => {
    if (!global[POOL]) throw new Error("[PgDriver] Not connected. DataSource.initialize() opens the pool.");
    return global[POOL];
  };

  return {
    name: "pg",

    async connect() {
      if (global[POOL]) return;
      const { Pool } = await import("pg");
      global[POOL] = new Pool(poolConfig);
    },

    async acquire(): Promise<DriverConnection> {
      const client = await pool().connect();

      return {
        async query<Row = unknown>(sql: string, params?: unknown[]): Promise<QueryResultLike<Row>> {
          const result = await client.query(sql, params);
          return { rows: result.rows, rowCount: result.rowCount ?? 0 };
        },
        release: () => client.release(),
      };
    },
  };
}
