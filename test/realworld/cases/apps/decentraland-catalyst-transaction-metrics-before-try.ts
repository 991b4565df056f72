// Source: decentraland/catalyst — src/adapters/database/component.ts (createDatabaseComponent's transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a metrics counter's `increment` runs between the checkout and the try whose finally releases; it is no logging call, and a throw there (a counter the component was not configured with, a registry error) skips the release
import type { Pool, PoolClient } from "pg";

type Components = { metrics: { increment(name: string): void }; logger: { error(e: unknown): void } };

export function createTransactions(pool: Pool, components: Components) {
  return {
    async transaction(run: (client: PoolClient) => Promise<void>, label?: string): Promise<void> {
      const client: PoolClient = await pool.connect();
      components.metrics.increment("dcl_db_tx_acquired_clients_total");
      try {
        await client.query("BEGIN");
        await run(client);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        components.logger.error(`transaction ${label ?? ""} failed`);
        throw error;
      } finally {
        client.release();
        components.metrics.increment("dcl_db_tx_released_clients_total");
      }
    },
  };
}
