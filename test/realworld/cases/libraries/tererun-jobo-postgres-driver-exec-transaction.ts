// Source: tererun/jobo — src/drivers/postgres.ts (PostgresDriver.execTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the statements and COMMIT run inside the try; the catch's ROLLBACK swallows its own failure and the finally releases
import { Pool, type PoolClient } from "pg";

export class PostgresDriver {
  private pool: Pool | undefined;

  private requirePool(): Pool {
    if (!this.pool) {
      throw new Error("PostgresDriver is not connected.");
    }
    return this.pool;
  }

  async execTransaction(statements: string[]): Promise<void> {
    const pool = this.requirePool();
    const client: PoolClient = await pool.connect();
    try {
      await client.query("BEGIN");
      for (const stmt of statements) {
        await client.query(stmt);
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
