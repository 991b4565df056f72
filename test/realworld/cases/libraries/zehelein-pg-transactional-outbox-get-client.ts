// Source: Zehelein/pg-transactional-outbox — lib/src/common/utils.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the client is returned to the caller; in between the code only swaps its 'error' listeners and, at trace level, wraps `client.query` — listener and property work that does not throw
import type { Pool, PoolClient, QueryConfig } from "pg";

interface Logger {
  level?: string;
  error(error: unknown, message: string): void;
}

export const getClient = async (pool: Pool, logger?: Logger): Promise<PoolClient> => {
  const client = await pool.connect();
  if (logger) {
    client.removeAllListeners("error");
    client.on("error", (err) => logger.error(err, "PostgreSQL client error"));
    if (logger.level?.toLocaleLowerCase() === "trace") {
      const tracked = client as PoolClient & { queryStack?: { query: string; values: unknown[] }[] };
      if (tracked.queryStack === undefined) {
        const query = client.query;
        const wrapper = (queryOrConfig: string | QueryConfig, values: unknown[], callback: (err: Error, result: unknown) => void) => {
          const text = typeof queryOrConfig === "object" ? queryOrConfig.text : queryOrConfig;
          tracked.queryStack!.push({ query: text, values });
          return (query as any).call(client, queryOrConfig, values, callback);
        };
        client.query = wrapper as typeof client.query;
      }
      tracked.queryStack = [];
    }
  }
  return client;
};
