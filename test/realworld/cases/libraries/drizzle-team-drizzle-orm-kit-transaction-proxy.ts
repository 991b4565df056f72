// Source: drizzle-team/drizzle-orm — drizzle-kit/src/cli/connections.ts (the pg branch's transactionProxy), reduced by hand, not copied
// Label: safe
// Why: the pool is named `client` here; its checkout `tx` runs BEGIN…COMMIT in try, ROLLBACK in catch, `tx.release()` in finally
import type { QueryResultRow } from "pg";

export async function preparePg(credentials: { url: string }) {
  const pg = await import("pg");
  const client = new pg.default.Pool({ connectionString: credentials.url, max: 1 });

  const transactionProxy = async (queries: { sql: string }[]) => {
    const results: (QueryResultRow[] | Error)[] = [];
    const tx = await client.connect();
    try {
      await tx.query("BEGIN");
      for (const query of queries) {
        const result = await tx.query({ text: query.sql });
        results.push(result.rows);
      }
      await tx.query("COMMIT");
    } catch (error) {
      await tx.query("ROLLBACK");
      results.push(error as Error);
    } finally {
      tx.release();
    }
    return results;
  };

  return { transactionProxy };
}
