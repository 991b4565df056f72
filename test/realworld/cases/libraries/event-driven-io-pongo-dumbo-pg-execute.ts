// Source: event-driven-io/Pongo — src/packages/dumbo/src/storage/postgresql/pg/execute/execute.ts (pgExecute), reduced by hand, not copied
// Label: safe
// Why: it checks out only when given a pool, and the finally releases under the same condition; a client passed in stays the caller's
import pg from "pg";

const isNativePool = (p: pg.Pool | pg.PoolClient | pg.Client): p is pg.Pool => p instanceof pg.Pool;

const isPoolClient = (c: pg.PoolClient | pg.Client): c is pg.PoolClient =>
  "release" in c && typeof c.release === "function";

export const execute = async <R>(
  poolOrClient: pg.Pool | pg.PoolClient | pg.Client,
  handle: (client: pg.PoolClient | pg.Client) => Promise<R>,
) => {
  const client = isNativePool(poolOrClient) ? await poolOrClient.connect() : poolOrClient;

  try {
    return await handle(client);
  } finally {
    if (isNativePool(poolOrClient) && isPoolClient(client)) client.release();
  }
};
