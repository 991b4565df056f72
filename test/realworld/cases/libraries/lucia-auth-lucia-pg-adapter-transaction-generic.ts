// Source: lucia-auth/lucia — packages/adapter-postgresql/src/pg/index.ts at 0b2d6ee0 (pgAdapter's generic transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the generic transaction helper returns the result of `execute()` after COMMIT and rethrows after an un-awaited ROLLBACK, with no release anywhere: each setUser with a key holds a pool client until the process ends
import type { Pool } from "pg";

export const pgAdapter = (pool: Pool, helper: { insertUser(id: string): Promise<unknown>; insertKey(key: unknown): Promise<void> }) => {
  const transaction = async <Execute extends () => Promise<unknown>>(execute: Execute): Promise<Awaited<ReturnType<Execute>>> => {
    const connection = await pool.connect();
    try {
      await connection.query("BEGIN");
      const result = (await execute()) as Awaited<ReturnType<Execute>>;
      await connection.query("COMMIT");
      return result;
    } catch (e) {
      connection.query("ROLLBACK");
      throw e;
    }
  };

  return {
    setUser: async (userId: string, key: unknown) => {
      if (!key) return helper.insertUser(userId);
      return transaction(async () => {
        const user = await helper.insertUser(userId);
        await helper.insertKey(key);
        return user;
      });
    },
  };
};
