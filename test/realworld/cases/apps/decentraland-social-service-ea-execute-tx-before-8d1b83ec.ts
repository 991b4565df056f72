// Source: decentraland/social-service-ea — src/adapters/db.ts at 8d1b83ec^ (createDBComponent's executeTx on the i-tests branch, as 90eacc4e "release client after commit" left it, before 8d1b83ec "one release"; the fixed state is the shape at 2b7e6c32, reduced in its own case), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: when the callback or COMMIT fails, the catch releases the client and then the finally releases it again (pg-pool throws on the second release; the finally's `return` also swallows the original error)
import { PoolClient } from "pg";
import { AppComponents } from "../types";

export function createDBComponent(components: Pick<AppComponents, "pg" | "logs">) {
  const { pg, logs } = components;
  const logger = logs.getLogger("db-component");

  return {
    async executeTx<T>(cb: (client: PoolClient) => Promise<T>): Promise<T> {
      const pool = pg.getPool();
      const client = await pool.connect();
      let res: T | undefined;
      await client.query("BEGIN");
      try {
        const callbackResult = await cb(client);
        await client.query("COMMIT");
        res = callbackResult;
      } catch (error) {
        logger.error(error as any);
        await client.query("ROLLBACK");
        client.release();
        throw error;
      } finally {
        client.release();
        return res as T;
      }
    },
  };
}
