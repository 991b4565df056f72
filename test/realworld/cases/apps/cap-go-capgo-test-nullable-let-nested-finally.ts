// Source: Cap-go/capgo — tests/is-admin-functions.test.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: `let client: PoolClient | null` is released with `client?.release()` in the finally of the try/catch that swallows the ROLLBACK's failure, inside the outer finally
import type { PoolClient } from "pg";
import { Pool } from "pg";

type QueryFn = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

const pool = new Pool({ connectionString: process.env.POSTGRES_URL });

export const withTransaction = async <T>(callback: (query: QueryFn) => Promise<T>): Promise<T> => {
  let client: PoolClient | null = await pool.connect();
  try {
    await client.query("BEGIN");
    return await callback((text, values = []) => client!.query(text, values));
  } finally {
    try {
      await client?.query("ROLLBACK");
    } catch {
      // ignore rollback failures
    } finally {
      client?.release();
      client = null;
    }
  }
};
