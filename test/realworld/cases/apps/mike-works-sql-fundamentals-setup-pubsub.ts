// Source: mike-works/sql-fundamentals — src/db/postgres-pubsub.ts at af28519 (setupPubSub, called from PostgresDB.setup), reduced by hand, not copied
// Label: hand-over
// Why: the pub/sub set-up returns its checkout; PostgresDB.setup keeps it in the static `pubSubSupport` for the app's life and shutdown() releases it before ending the pool
import * as pg from "pg";

export async function setupPubSub(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();

  return client;
}
