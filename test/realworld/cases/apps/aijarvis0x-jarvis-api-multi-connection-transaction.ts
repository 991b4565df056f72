// Source: aijarvis0x/jarvis-api — src/lib/db/transaction.ts at 76bbe67 (multiConnectionTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Prisma project's hand-written transaction across several pg pools checks one client out of each with `Promise.all(pools.map((pool) => pool.connect()))`; when one checkout rejects (the retry wrapper retries exactly on "no more connections allowed"), Promise.all rejects before the try and the clients the other pools already handed out are never released
import retry from "async-retry";
import type { Pool, PoolClient } from "pg";

export async function multiConnectionTransaction<T>(
  pools: Pool[],
  callback: (bail: (err: Error) => void, clients: PoolClient[]) => Promise<T>,
): Promise<T> {
  const run = async (bail: (err: Error) => void): Promise<T> => {
    const clients = await Promise.all(pools.map((pool) => pool.connect()));
    try {
      await Promise.all(clients.map((client) => client.query("BEGIN")));
      const result = await callback(bail, clients);
      await Promise.all(clients.map((client) => client.query("COMMIT")));
      return result;
    } catch (error) {
      await Promise.all(clients.map((client) => client.query("ROLLBACK")));
      throw error;
    } finally {
      for (const client of clients) {
        client.release();
      }
    }
  };

  return retry(async (bail) => run(bail), { retries: 3 });
}
