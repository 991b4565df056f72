// Source: dbos-inc/dbos-transact-ts — src/system_database.ts (borrowClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout gets an error listener and a release() that takes it off again, then is returned to the caller, who releases it; nothing between can throw
import type { Pool, PoolClient } from "pg";

export async function borrowClient(pool: Pool, onError: (err: Error) => void): Promise<PoolClient> {
  const client = await pool.connect();
  client.on("error", onError);
  const release = client.release.bind(client);
  client.release = (err?: Error | boolean) => {
    client.removeListener("error", onError);
    release(err);
  };
  return client;
}
