// Source: decentraland/social-service-ea — src/adapters/db.ts at de9abd79^ (createDBComponent's executeTx, as merged with PR #11 "friendships", before 2b7e6c32 "Release pg client in the finally statement"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: only the catch releases: a transaction that commits returns with the client still checked out (and a failing BEGIN, before the try, leaks it too)
import SQL from "sql-template-strings";
import { PoolClient } from "pg";
import { AppComponents } from "../types";

export function createDBComponent(components: Pick<AppComponents, "pg" | "logs">) {
  const { pg, logs } = components;
  const logger = logs.getLogger("db-component");

  return {
    async getFriends(userAddress: string) {
      const result = await pg.query(SQL`SELECT * FROM friendships WHERE address_requester = ${userAddress}`);
      return result.rows;
    },
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
        client.release();
        throw error;
      }
    },
  };
}
