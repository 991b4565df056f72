// Source: brombal/sqltags — drivers/postgres/postgres.ts (createPgTag, cursor), reduced by hand, not copied
// Label: leak
// Why: the iterator checks a client out on its first next() and releases it only when the cursor is drained or errors; it has no return(), so a consumer that breaks out of `for await` never gives it back
import type { Client, Pool, PoolClient } from "pg";
import Cursor from "pg-cursor";

function isPool(client: Client | Pool): client is Pool {
  return "idleCount" in client;
}

export function cursorOf(client: Client | Pool, sql: string, params: unknown[]): AsyncIterable<unknown> {
  let conn: Client | PoolClient;
  let cursor: Cursor;
  const queue: unknown[] = [];
  return {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        if (!conn) {
          conn = isPool(client) ? await client.connect() : client;
          cursor = conn.query(new Cursor(sql, params));
        }
        if (queue.length > 0) {
          return { done: false, value: queue.shift() };
        }
        try {
          const rows = await cursor.read(100);
          if (rows.length === 0) {
            await cursor.close();
            if (isPool(client)) (conn as PoolClient).release();
            return { done: true, value: undefined };
          }
          queue.push(...rows);
          return { done: false, value: queue.shift() };
        } catch (err) {
          await cursor.close();
          if (isPool(client)) (conn as PoolClient).release();
          throw err;
        }
      },
    }),
  };
}
