// Source: hashintel/hash — apps/brunch-agent/src/postgres.ts (createPostgresRunnerFromPool's transaction, after the review of PR #9487), reduced by hand, not copied
// Label: safe
// Why: connect() is inside the try; when ROLLBACK fails the client is destroyed through an alias and the variable cleared, otherwise the finally's `client?.release()` returns it
import type { Pool, PoolClient } from "pg";

type Row = Record<string, unknown>;

export function makeRunner(pool: Pool, report: (error: unknown) => Promise<void>) {
  return {
    transaction: async <T>(run: (tx: { query: (text: string, params?: unknown[]) => Promise<Row[]> }) => Promise<T>) => {
      let client: PoolClient | undefined;
      try {
        client = await pool.connect();
        const txClient = client;
        const query = async (text: string, params?: unknown[]) => (await txClient.query(text, params)).rows;
        await txClient.query("BEGIN");
        const result = await run({ query });
        await txClient.query("COMMIT");
        return result;
      } catch (error) {
        let failure: unknown = error;
        if (client !== undefined) {
          try {
            await client.query("ROLLBACK");
          } catch (rollbackError) {
            const dead = client;
            client = undefined;
            dead.release(true);
            failure = new AggregateError([error, rollbackError], "transaction and rollback both failed");
          }
        }
        void report(failure).catch(() => {});
        throw failure;
      } finally {
        client?.release();
      }
    },
  };
}
