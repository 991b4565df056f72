import type { PoolClient } from "pg";
import { Readable } from "stream";
const Cursor = require("pg-cursor");

function isSqlQuery(query: unknown): query is { format(): { text: string; values: unknown[] } } {
  return typeof query === "object" && query !== null && typeof (query as any).format === "function";
}

export default class Connection {
  constructor(private readonly client: PoolClient, private readonly handlers: { onError(err: Error): void }) {}

  queryNodeStream(query: unknown, options: { highWaterMark?: number }): Readable {
    if (!isSqlQuery(query)) {
      throw new Error("Invalid query, you must use @databases/sql to create your queries.");
    }
    const { text, values } = query.format();
    const cursor = new Cursor(text, values);
    const stream = new Readable({
      ...options,
      objectMode: true,
      read(count: number) {
        cursor.read(count, (err: Error | null, rows: any[]) => {
          if (err) return this.emit("error", err);
          if (!rows.length) return this.push(null);
          for (const row of rows) this.push(row);
        });
      },
    });
    void this.client.query(cursor);
    return stream;
  }
}
