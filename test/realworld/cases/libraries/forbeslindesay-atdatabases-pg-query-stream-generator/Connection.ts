import type { PoolClient } from "pg";
const Cursor = require("pg-cursor");

export default class Connection {
  private disposed = false;

  constructor(private readonly client: PoolClient, private readonly handlers: { onError(err: Error): void }) {}

  async *queryStream(query: any, { batchSize = 16 }: { batchSize?: number }): AsyncGenerator<any, void, unknown> {
    if (this.disposed) throw new Error("The connection has gone back to the pool");
    const { text, values } = query.format();
    const cursor = this.client.query(new Cursor(text, values));
    while (true) {
      const rows: any[] = await new Promise((resolve, reject) =>
        cursor.read(batchSize, (err: Error | null, r: any[]) => (err ? reject(err) : resolve(r))),
      );
      if (rows.length === 0) break;
      yield* rows;
    }
    await new Promise<void>((resolve) => cursor.close(() => resolve()));
  }

  dispose(): void {
    this.disposed = true;
  }
}
