// Source: AbdalrhmanAbuyaqoub/log-ingestion-and-query-service — src/db/index.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the arrow returns the checkout's promise itself; its callers (the partition manager) release the client they await
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export const query = (text: string, params: unknown[] = []): Promise<pg.QueryResult> => pool.query(text, params);

/** Check a client out for multi-statement work; the caller must `release()` it. */
export const getClient = (): Promise<pg.PoolClient> => pool.connect();

export const close = async (): Promise<void> => {
  await pool.end();
};
