// Source: RaeII/base_node_pg — src/db/stream.ts (streamRows), reduced by hand, not copied
// Label: safe
// Why: an async generator: the cursor is only submitted before the try (pg takes a submittable without throwing), and the finally — which also runs when the consumer breaks out of its for-await — closes the cursor and releases, destroying the client after an error
import Cursor from "pg-cursor";
import type { PoolClient, QueryResultRow } from "pg";
import { writePool } from "./pool";
import { logger } from "../logger";

export async function* streamRows<T extends QueryResultRow = QueryResultRow>(sql: string, params: unknown[] = [], batchSize = 500): AsyncGenerator<T> {
  const client: PoolClient = await writePool.connect();
  const cursor = client.query(new Cursor(sql, params as any[]));
  let destroy = false;
  try {
    while (true) {
      const rows: T[] = await new Promise((resolve, reject) => {
        cursor.read(batchSize, (err, batch) => {
          if (err) reject(err);
          else resolve(batch as T[]);
        });
      });
      if (rows.length === 0) break;
      for (const row of rows) yield row;
    }
  } catch (err) {
    destroy = true;
    throw err;
  } finally {
    try {
      await new Promise<void>((resolve) => cursor.close(() => resolve()));
    } catch (closeErr) {
      logger.warn("Cursor close failed", { error: String(closeErr) });
      destroy = true;
    }
    client.release(destroy);
  }
}
