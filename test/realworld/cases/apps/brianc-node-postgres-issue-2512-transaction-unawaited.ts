// Source: https://github.com/brianc/node-postgres/issues/2512 (the reporter's transaction() pseudocode), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: no query is awaited, so the finally releases the client while BEGIN/INSERT/COMMIT (or the ROLLBACK) are still queued on it: the reporter's "Client was closed and is not queryable" under load
import { pool } from "./db";

export async function transaction(insertSql: string, selectSql: string) {
  const client = await pool.connect();
  try {
    client.query("BEGIN;");
    client.query(insertSql);
    const result: any = client.query(selectSql);
    if (!result.isValid) {
      throw new Error("invalid result");
    }
    client.query("COMMIT;");
    return result;
  } catch (err) {
    try {
      client.query("ROLLBACK;");
    } catch (e) {
      console.log("could not rollback: ", e);
    }
    throw err;
  } finally {
    client.release();
  }
}
