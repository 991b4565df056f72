// Source: kcde/postgres-API — src/utils/dbquery.ts (dbQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the helper releases only after the query succeeds; when it rejects, the catch logs and returns an error object with the client still out
import { Pool } from "pg";

export async function dbQuery(db: Pool, sqlQuery: string, sqlArgs?: Array<string | number | undefined>): Promise<any> {
  try {
    const connect = await db.connect();

    const result = await connect.query(sqlQuery, sqlArgs);

    connect.release();

    return result;
  } catch (err) {
    console.error(err);
    return { error: "Unable to query db" };
  }
}
