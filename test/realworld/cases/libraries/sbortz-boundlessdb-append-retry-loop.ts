// Source: SBortz/boundlessdb — src/storage/postgres.ts (PostgresStorage.appendWithCondition), reduced by hand, not copied
// Label: safe
// Why: one checkout per attempt of the retry loop; the early `return`s, the catch's `continue` after a serialization failure and the rethrow all pass the finally's release before the next attempt
import type { Pool } from "pg";

export class PostgresStorage {
  constructor(private pool: Pool, private maxRetries = 5) {}

  async append(rows: string[], conflictSql: string | null): Promise<{ position?: bigint; conflicting?: unknown[] }> {
    let attempt = 0;
    while (attempt < this.maxRetries) {
      attempt++;
      const client = await this.pool.connect();
      try {
        await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
        if (conflictSql !== null) {
          const conflicting = await client.query(conflictSql);
          if (conflicting.rows.length > 0) {
            await client.query("ROLLBACK");
            return { conflicting: conflicting.rows };
          }
        }
        const result = await client.query<{ position: string }>(`INSERT INTO events (data) SELECT unnest($1::text[]) RETURNING position`, [rows]);
        await client.query("COMMIT");
        return { position: BigInt(result.rows[result.rows.length - 1]!.position) };
      } catch (error: any) {
        await client.query("ROLLBACK");
        if (error.code === "40001" && attempt < this.maxRetries) {
          await new Promise((r) => setTimeout(r, 10 * attempt));
          continue;
        }
        throw error;
      } finally {
        client.release();
      }
    }
    throw new Error(`failed after ${this.maxRetries} retries`);
  }
}
