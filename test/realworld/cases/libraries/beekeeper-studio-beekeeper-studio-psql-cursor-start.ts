// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql/PsqlCursor.ts (PsqlCursor.start), reduced by hand, not copied
// Label: hand-over
// Why: the client is stored on the cursor object (`this.client`) for later reads; cancel() closes the cursor and releases it
import type { Pool, PoolClient } from "pg";
import Cursor from "pg-cursor";

interface CursorOptions {
  conn: { pool: Pool };
  query: string;
  params: unknown[];
  chunkSize: number;
}

export class PgResultCursor {
  private client: PoolClient | undefined;
  private cursor: Cursor | undefined;
  private error: Error | undefined;

  constructor(private options: CursorOptions) {}

  async start() {
    this.client = await this.options.conn.pool.connect();
    this.client.on("error", (err) => {
      this.error = err;
    });
    this.cursor = this.client.query(new Cursor(this.options.query, this.options.params, { rowMode: "array" }));
  }

  read(): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      if (this.error) return reject(this.error);
      if (!this.cursor) return reject(new Error("call start() first"));
      this.cursor.read(this.options.chunkSize, (err, rows) => (err ? reject(err) : resolve(rows)));
    });
  }

  cancel(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.cursor?.close((err) => {
        if (err) return reject(err);
        try {
          this.client?.release();
        } finally {
          resolve();
        }
      });
    });
  }
}
