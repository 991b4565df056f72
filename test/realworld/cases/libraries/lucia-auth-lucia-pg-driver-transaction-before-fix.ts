// Source: lucia-auth/lucia — packages/adapter-postgresql/src/drivers/pg.ts at 8ca27f8a^ (pgAdapter's transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the adapter's transaction checks out a connection, sends BEGIN, the caller's work and COMMIT, and on error an un-awaited ROLLBACK, but never releases it: every setUser with a key keeps one pool client for good (fixed by PR #1031, "Fix transaction in pg")
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
    }
  };

  return {
    setUser: async (user: Record<string, unknown>, key: Record<string, unknown> | null) => {
      if (!key) {
        await pool.query(`INSERT INTO ${tables.user} (id) VALUES ($1)`, [user.id]);
        return;
      }
      await transaction(async (tx) => {
        await tx.query(`INSERT INTO ${tables.user} (id) VALUES ($1)`, [user.id]);
        await tx.query(`INSERT INTO ${tables.key} (id, user_id) VALUES ($1, $2)`, [key.id, user.id]);
      });
    },
  };
};
