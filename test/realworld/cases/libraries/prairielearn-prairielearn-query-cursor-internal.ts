// Source: PrairieLearn/PrairieLearn — packages/postgres/src/pool.ts (PostgresPool.queryCursorInternal with getClientAsync and queryCursorWithClient; unchanged in this respect by PR #7664 "Fix query cursor stream closing" and still so at HEAD), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released only by the returned iterator's generator; `await this.queryCursorWithClient(client, …)` runs first, and its parameter processing throws on a missing named parameter, so the fresh checkout is never handed to the iterator nor released
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import Cursor from "pg-cursor";

type QueryParams = Record<string, unknown> | unknown[];

function paramsToArray(sql: string, params: QueryParams): { processedSql: string; paramsArray: unknown[] } {
  if (Array.isArray(params)) return { processedSql: sql, paramsArray: params };
  const paramsArray: unknown[] = [];
  const processedSql = sql.replace(/\$(\w+)/g, (_m, name: string) => {
    if (!(name in params)) throw new Error(`Missing parameter: ${name}`);
    paramsArray.push(params[name]);
    return `$${paramsArray.length}`;
  });
  return { processedSql, paramsArray };
}

export class PostgresPool {
  private pool: pg.Pool | null = null;
  private alsClient = new AsyncLocalStorage<pg.PoolClient>();

  async getClientAsync(): Promise<pg.PoolClient> {
    if (!this.pool) throw new Error("Connection pool is not open");
    const client = this.alsClient.getStore() ?? (await this.pool.connect());
    return client;
  }

  private async queryCursorWithClient(client: pg.PoolClient, sql: string, params: QueryParams): Promise<Cursor> {
    const { processedSql, paramsArray } = paramsToArray(sql, params);
    return client.query(new Cursor(processedSql, paramsArray));
  }

  private async queryCursorInternal(sql: string, params: QueryParams) {
    const client = await this.getClientAsync();
    const cursor = await this.queryCursorWithClient(client, sql, params);

    let iterateCalled = false;
    const iterator = {
      async *iterate(batchSize: number) {
        if (iterateCalled) throw new Error("iterate() called multiple times");
        iterateCalled = true;
        try {
          while (true) {
            const rows = await cursor.read(batchSize);
            if (rows.length === 0) break;
            yield rows;
          }
        } finally {
          try {
            await cursor.close();
          } finally {
            client.release();
          }
        }
      },
    };
    return iterator;
  }
}
