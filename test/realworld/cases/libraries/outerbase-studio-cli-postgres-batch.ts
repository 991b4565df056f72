// Source: outerbase/studio-cli — src/drivers/postgres.ts (PostgresDriver.batch), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the statements and COMMIT are inside the try; the catch's ROLLBACK may throw but the finally releases the client on every path; the saved error is rethrown after the release
import pg, { type ConnectionConfig, type PoolClient } from "pg";

type Result = { rows: unknown[][] };

export default class PostgresDriver {
  protected db: pg.Pool;

  constructor(config: ConnectionConfig) {
    this.db = new pg.Pool(config);
  }

  async execute(tx: PoolClient | pg.Pool, statement: string): Promise<Result> {
    return (await tx.query({ text: statement, rowMode: "array" })) as unknown as Result;
  }

  async batch(statements: string[]): Promise<Result[]> {
    const results: Result[] = [];
    let error: unknown;

    const tx = await this.db.connect();

    try {
      await tx.query("BEGIN");
      for (const statement of statements) {
        results.push(await this.execute(tx, statement));
      }
      await tx.query("COMMIT");
    } catch (e) {
      await tx.query("ROLLBACK");
      error = e;
    } finally {
      tx.release();
    }

    if (error) {
      throw error;
    }
    return results;
  }
}
