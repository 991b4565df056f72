// Source: RaeII/base_node_pg — src/db/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: every retry checks out a fresh client inside the loop; the `continue` and the rethrow leave through the finally, which releases (destroying the client when ROLLBACK itself failed)
import type { PoolClient } from "pg";
import { writePool } from "./pool";
import { logger } from "../logger";

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>, isolation = "READ COMMITTED", retries = 3): Promise<T> {
  let attempt = 0;
  while (true) {
    let destroy = false;
    const client = await writePool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (err: any) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackErr) {
        logger.warn("ROLLBACK failed — destroying client", { error: String(rollbackErr) });
        destroy = true;
      }
      const retryable = err?.code === "40001" || err?.code === "40P01";
      if (retryable && ++attempt <= retries) {
        continue;
      }
      throw err;
    } finally {
      client.release(destroy);
    }
  }
}
