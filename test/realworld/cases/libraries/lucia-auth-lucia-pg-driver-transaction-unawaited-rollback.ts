// Source: lucia-auth/lucia — packages/adapter-postgresql/src/drivers/pg.ts at 8ca27f8a (pgAdapter's transaction after PR #1031), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the fix added `finally { connection.release() }` but kept the catch's `connection.query("ROLLBACK")` un-awaited, so on a failed transaction the connection goes back to the pool with ROLLBACK still queued on it and the next borrower can run inside the aborted transaction
import type { Pool, PoolClient } from "pg";

export const pgAdapter = (pool: Pool, tables: { user: string; key: string }) => {
  const transaction = async (execute: (connection: PoolClient) => Promise<unknown>): Promise<void> => {
    const connection = await pool.connect();
    try {
      await connection.query("BEGIN");
      await execute(connection);
      await connection.query("COMMIT");
    } catch (e) {
      connection.query("ROLLBACK");
      throw e;
    } finally {
      connection.release();
    }
  };

  return {
    setUser: async (user: Record<string, unknown>, key: Record<string, unknown>) => {
      await transaction(async (tx) => {
        await tx.query(`INSERT INTO ${tables.user} (id) VALUES ($1)`, [user.id]);
        await tx.query(`INSERT INTO ${tables.key} (id, user_id) VALUES ($1, $2)`, [key.id, user.id]);
      });
    },
  };
};
