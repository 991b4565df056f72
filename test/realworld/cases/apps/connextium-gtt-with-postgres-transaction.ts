// Source: Connextium/gtt — apps/api/src/db/transaction.ts (withPostgresTransaction), reduced by hand, not copied
// Label: safe
// Why: the pool is made lazily (`postgresPool ??= new pg.Pool(…)`, or set by a test hook) and may be absent; once there, the client is released in finally after commit or rollback
import pg from "pg";

let postgresPool: pg.Pool | undefined;

export const setPostgresPoolForTest = (pool: pg.Pool | undefined): void => {
  postgresPool = pool;
};

export const getPostgresPool = (): pg.Pool | undefined => {
  const connectionString = process.env.POSTGRES_URL;
  if (!connectionString) return undefined;
  postgresPool ??= new pg.Pool({ connectionString, connectionTimeoutMillis: 5000 });
  return postgresPool;
};

export const withPostgresTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
  const pool = getPostgresPool();
  if (!pool) throw new Error("postgres_url_required");
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};
