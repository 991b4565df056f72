// Source: TagoreNand/shiptivitas-2-master — src/db/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: each attempt checks a client out inside the retry loop and its try's finally releases it, also on the `continue` that retries a serialization failure and on every throw
import type { Pool, PoolClient } from "pg";

const RETRYABLE = new Set(["40001", "40P01"]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withTransaction<T>(pool: Pool, work: (tx: PoolClient) => Promise<T>, maxRetries = 5): Promise<T> {
  let attempt = 0;
  for (;;) {
    const tx = await pool.connect();
    try {
      await tx.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
      const result = await work(tx);
      await tx.query("COMMIT");
      return result;
    } catch (err) {
      try {
        await tx.query("ROLLBACK");
      } catch {
        // the connection may already be broken
      }
      const code = (err as { code?: string }).code ?? "";
      if (RETRYABLE.has(code) && attempt < maxRetries) {
        attempt += 1;
        await sleep(20 * 2 ** attempt);
        continue;
      }
      throw err;
    } finally {
      tx.release();
    }
  }
}
