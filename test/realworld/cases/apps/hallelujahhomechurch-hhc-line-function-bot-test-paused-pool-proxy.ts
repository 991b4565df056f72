// Source: HallelujahHomeChurch/hhc-line-function-bot — src/__tests__/media-sync-store.test.ts at a17c8ec (a helper pausing the first INSERT of a store under test), reduced by hand, not copied
// Label: hand-over
// Why: the Proxy's `connect` trap checks out of the real pool and returns the client wrapped in a second Proxy (only `query` replaced); the store under test that called `pool.connect()` owns it and releases it in its finally
import type { Pool, PoolClient } from "pg";

export function pauseFirstInsert(pool: Pool) {
  let paused = false;
  let reach!: (client: PoolClient) => void;
  let resume!: () => void;
  const reached = new Promise<PoolClient>((resolve) => {
    reach = resolve;
  });
  const resumed = new Promise<void>((resolve) => {
    resume = resolve;
  });
  const wrapped = new Proxy(pool, {
    get(target, property) {
      if (property === "connect") {
        return async () => {
          const client = await target.connect();
          const query = (async (sql: string, values?: unknown[]) => {
            const result = await client.query(sql, values);
            if (!paused && result.command === "INSERT") {
              paused = true;
              reach(client);
              await resumed;
            }
            return result;
          }) as PoolClient["query"];
          return new Proxy(client, {
            get(clientTarget, clientProperty) {
              if (clientProperty === "query") return query;
              const value = Reflect.get(clientTarget, clientProperty, clientTarget);
              return typeof value === "function" ? value.bind(clientTarget) : value;
            },
          });
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { pool: wrapped, reached, resume };
}
