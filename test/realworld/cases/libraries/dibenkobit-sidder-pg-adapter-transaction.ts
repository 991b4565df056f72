// Source: dibenkobit/sidder — src/adapters/pg.ts (pgAdapter's transaction), reduced by hand, not copied
// Label: safe
// Why: the migration journal's adapter runs the caller's scope between begin and commit in a try; the catch's rollback swallows its own failure with `.catch(() => {})` and rethrows the original error, and the finally releases
export interface PgQueryable {
  query(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface PgClient extends PgQueryable {
  release(): void;
}

export interface PgPool extends PgQueryable {
  connect(): Promise<PgClient>;
  end(): Promise<void>;
}

interface Scope {
  db: PgQueryable;
  execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

function scopeFor(queryable: PgQueryable): Scope {
  return {
    db: queryable,
    execute: async (sql, params) => (await queryable.query(sql, params)).rows,
  };
}

export function pgAdapter(pool: PgPool) {
  return {
    root: scopeFor(pool),

    async transaction<T>(fn: (scope: Scope) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn(scopeFor(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {
          // a rollback that also fails means the connection is gone; release() deals with it
        });
        throw error;
      } finally {
        client.release();
      }
    },

    close: () => pool.end(),
  };
}
