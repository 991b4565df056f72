// Pools whose connect() fails, the ways it fails in production: every client is taken and the wait runs out
// (connectionTimeoutMillis), the server refuses the login (a wrong password), or the pool was already ended
// (a shutdown racing a request). Nothing is mocked: each failure comes from pg-pool or from PostgreSQL itself.
import pg from "pg";

export const CONNECT_FAILURES = ["pool exhausted", "wrong password", "pool ended"] as const;
export type ConnectFailure = (typeof CONNECT_FAILURES)[number];

/** How long the exhausted pool lets a checkout wait before it fails ("timeout exceeded when trying to connect"). */
const CONNECTION_TIMEOUT_MS = 25;

export interface FailingPool {
  pool: pg.Pool;
  /** Gives back what the failure held and ends the pool. */
  dispose(): Promise<void>;
}

/** A pool over `connectionString` whose every `connect()` (and so every `pool.query`) fails with `failure`. */
export async function failingPool(connectionString: string, failure: ConnectFailure): Promise<FailingPool> {
  if (failure === "wrong password") {
    const url = new URL(connectionString);
    url.password = "not-the-password";
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    return { pool, dispose: () => pool.end() };
  }
  const pool = new pg.Pool({ connectionString, max: 1 });
  if (failure === "pool ended") {
    await pool.end();
    return { pool, dispose: async () => {} };
  }
  // The one client is held by someone else for the whole run. Its own checkout may take longer than the short wait
  // the run's get (a new connection, on a loaded machine): pg-pool reads the option at each checkout, so it is set after.
  const holder = await pool.connect();
  pool.options.connectionTimeoutMillis = CONNECTION_TIMEOUT_MS;
  return {
    pool,
    dispose: async () => {
      holder.release();
      await pool.end();
    },
  };
}
