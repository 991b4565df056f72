// Source: decentraland/catalyst — src/adapters/database/component.ts (createDatabaseComponent's streamQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the generator builds the `QueryStream` (a constructor call) between the checkout and the try whose finally releases: a throw there leaves the streaming pool's client checked out
import type { Pool } from "pg";
import QueryStream from "pg-query-stream";
import type { SQLStatement } from "sql-template-strings";

export function createStreamer(streamPool: Pool, logger: { error(e: unknown): void }) {
  return {
    async *streamQuery<T>(sql: SQLStatement, config?: { batchSize?: number }): AsyncGenerator<T> {
      const client = await streamPool.connect();

      const stream: any = new QueryStream(sql.text, sql.values, config);
      stream.callback = function () {};

      let completed = false;
      try {
        const queryPromise = client.query(stream);
        for await (const row of stream) {
          yield row;
        }
        stream.destroy();
        await queryPromise;
        stream.callback(undefined, undefined);
        completed = true;
      } catch (error) {
        stream.callback(error, undefined);
        logger.error(error);
        throw error;
      } finally {
        stream.destroy();
        client.release(completed ? undefined : true);
      }
    },
  };
}
