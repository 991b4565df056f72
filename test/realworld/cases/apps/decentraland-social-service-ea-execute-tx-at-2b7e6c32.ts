// Source: decentraland/social-service-ea — src/adapters/db.ts at 2b7e6c32 (createDBComponent's executeTx, "Release pg client in the finally statement", merged with PR #62), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release moved into a finally, but `await client.query("BEGIN")` still runs between the checkout and that try: a BEGIN that rejects (a dropped connection, a statement timeout) skips the finally
import { PoolClient } from "pg";
import { AppComponents } from "../types";

export function createDBComponent(components: Pick<AppComponents, "pg" | "logs">) {
  const { pg, logs } = components;
  const logger = logs.getLogger("db-component");

  return {
    async executeTx<T>(cb: (client: PoolClient) => Promise<T>): Promise<T> {
      const pool = pg.getPool();
      const client = await pool.connect();
      await client.query("BEGIN");

      try {
        const res = await cb(client);
        await client.query("COMMIT");
        return res;
      } catch (error: any) {
        logger.error(`Error executing transaction: ${error.message}`);
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
