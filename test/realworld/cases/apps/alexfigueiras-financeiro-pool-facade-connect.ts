// Source: AlexFigueiras/financeiro- — src/infra/db/pool.ts at b800fb0 (the `pool` facade over a lazily made Pool), reduced by hand, not copied
// Label: hand-over
// Why: the facade object's `connect()` returns `getPool().connect()` unawaited, so the caller receives the checkout and owns its release (the same module's withTransaction takes its own checkout and releases in its finally)
import { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";

let _pool: Pool | null = null;

function getPool(): Pool {
  if (_pool) return _pool;
  _pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 3, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  _pool.on("error", (err) => {
    console.error("erro em conexão ociosa do pool", err.message);
  });
  return _pool;
}

/** Fachada compatível (`pool.query`, `pool.connect`, `pool.end`). */
export const pool = {
  query<T extends QueryResultRow = QueryResultRow>(text: string, params?: unknown[]): Promise<QueryResult<T>> {
    return getPool().query<T>(text, params as never);
  },
  connect(): Promise<PoolClient> {
    return getPool().connect();
  },
  async end(): Promise<void> {
    if (_pool) {
      await _pool.end();
      _pool = null;
    }
  },
};
