// Source: NazimRaianKhan/DRMC-Smart-Club-Operation — src/db/tx.ts at 61d8adb (withTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: a club-operations app's retry loop: on a first attempt's serialization failure, or on any deadlock, the catch releases the client and `continue`s, and the `finally` releases it again on the way out of that iteration — pg throws "Release called on client which has already been released", which replaces the `continue`, so the retry never runs
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { pool } from "./db";

type Tx = NodePgDatabase<Record<string, never>>;

export async function withTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  let attempt = 0;
  while (true) {
    attempt++;
    const client = await pool.connect();
    const tx = drizzle(client);
    try {
      await client.query("BEGIN");
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error: unknown) {
      await client.query("ROLLBACK");
      const code = (error as { code?: string } | null)?.code;
      if ((attempt === 1 && code === "40001") || code === "40P01") {
        client.release();
        continue;
      }
      throw error;
    } finally {
      client.release();
    }
  }
}
