// Source: ryanrasti/typegres — src/drivers/pg.ts (PgDriver.runInSingleConnection), reduced by hand, not copied
// Label: safe
// Why: the callback receives an execute function closing over the client and is awaited in the try whose finally releases
import pgLib from "pg";

type ExecuteFn = (sql: { text: string; values: unknown[] }) => Promise<pgLib.QueryResult>;

export class PgDriver {
  private constructor(private pool: pgLib.Pool) {}

  static create(url: string) {
    return new PgDriver(new pgLib.Pool({ connectionString: url }));
  }

  async runInSingleConnection<T>(cb: (execute: ExecuteFn) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await cb(({ text, values }) => client.query(text, values));
    } finally {
      client.release();
    }
  }
}
