// Source: graphile/crystal — grafast/dataplan-pg/src/adaptors/pg.ts (makePgAdaptorWithPgClient), reduced by hand, not copied
// Label: safe
// Why: the first use of a pool client queues a `set jit_optimize_above_cost` whose failure is caught and logged; the work runs in the try and the finally releases; pg runs the queued SET before any later query on that client
import type { Pool, PoolClient } from "pg";

const $$isSetup = Symbol("isSetup");

declare function runWithClient<T>(client: PoolClient, pgSettings: Record<string, string> | null, callback: (client: PoolClient) => Promise<T>): Promise<T>;

export function makeWithPgClient(pool: Pool) {
  return async <T>(pgSettings: Record<string, string> | null, callback: (client: PoolClient) => Promise<T>): Promise<T> => {
    const pgClient = (await pool.connect()) as PoolClient & { [$$isSetup]?: boolean };
    if (!pgClient[$$isSetup]) {
      pgClient[$$isSetup] = true;
      pgClient.query("set jit_optimize_above_cost = -1;").catch((e) => {
        console.error(`Error occurred applying global Postgres settings: ${e}`);
      });
    }
    try {
      return await runWithClient(pgClient, pgSettings, callback);
    } finally {
      pgClient.release();
    }
  };
}
