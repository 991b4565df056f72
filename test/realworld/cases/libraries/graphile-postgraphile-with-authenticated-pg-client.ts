// Source: graphile/postgraphile — src/postgraphile/withPostGraphileContext.ts (withDefaultPostGraphileContext, the transaction branch), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await pgClient.query("begin")` sits between connect() and the try whose finally releases; a failed BEGIN leaks the client
import type { Pool, PoolClient } from "pg";

type WithClient = <T>(cb: (pgClient: PoolClient) => Promise<T>) => Promise<T>;

declare function plainWithPgClient(pgPool: Pool): WithClient;

export function authenticatedClientFactory(pgPool: Pool, needTransaction: boolean, settingsQuery: { text: string; values: unknown[] } | null): WithClient {
  return !needTransaction
    ? plainWithPgClient(pgPool)
    : async (cb) => {
        const pgClient = await pgPool.connect();
        await pgClient.query("begin");
        try {
          if (settingsQuery) {
            await pgClient.query(settingsQuery);
          }
          return await cb(pgClient);
        } finally {
          try {
            await pgClient.query("commit");
          } finally {
            pgClient.release();
          }
        }
      };
}
