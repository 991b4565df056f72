// Source: roddcode/exactly-once — src/adapters/pg.ts (fromPg's transaction), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try the adapter only builds the `tx` object whose query closes over the connection; begin, the caller's callback and commit run in the try, a failed rollback is swallowed in the catch, and the finally releases
export interface PgQueryable {
  query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<{ rows: R[] }>;
}

export interface PgClient extends PgQueryable {
  release(): void;
}

export interface PgPool extends PgQueryable {
  connect(): Promise<PgClient>;
}

interface Client {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export function fromPg(pool: PgPool) {
  return {
    async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
      const result = await pool.query<R>(sql, params === undefined ? undefined : [...params]);
      return result.rows;
    },

    async transaction<T>(fn: (tx: Client) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      const tx: Client = {
        async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
          const result = await connection.query<R>(sql, params === undefined ? undefined : [...params]);
          return result.rows;
        },
      };
      try {
        await connection.query("begin");
        const result = await fn(tx);
        await connection.query("commit");
        return result;
      } catch (error) {
        try {
          await connection.query("rollback");
        } catch {
          // the connection is broken; the original error is the one that matters
        }
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}
