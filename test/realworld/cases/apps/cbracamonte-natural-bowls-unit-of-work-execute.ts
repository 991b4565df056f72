// Source: cbracamonte/natural-bowls — backend/src/infrastructure/database/unit-of-work.ts (UnitOfWork.execute), reduced by hand, not copied
// Label: safe
// Why: the pool comes from an imported `getPgPool()`; BEGIN, the caller's work and COMMIT run in the try, rollback and rethrow in catch, release in finally
import { PoolClient } from "pg";
import { getPgPool } from "./postgres.connection";

export class UnitOfWork {
  async execute<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const pool = getPgPool();
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
