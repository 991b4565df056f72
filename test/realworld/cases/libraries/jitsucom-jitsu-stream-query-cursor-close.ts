// Source: jitsucom/jitsu — webapps/console/lib/server/db.ts (pgHelper.streamQuery), reduced by hand, not copied
// Label: safe
// Why: the finally gives the client back on every path: in the callback of `cursor.close()` when the cursor was opened, directly otherwise
import { Pool, type PoolClient } from "pg";
import Cursor from "pg-cursor";
import { getSingleton } from "./lib/singleton";

const createPg = () => new Pool({ connectionString: process.env.DATABASE_URL });

export async function streamQuery(query: string, values: unknown[], handler: (row: unknown) => Promise<void>) {
  let totalRows = 0;
  let cursor: Cursor | undefined = undefined;
  const client: PoolClient = await db.pgPool().connect();
  try {
    cursor = client.query(new Cursor(query, values));
    let rows = await cursor.read(100);
    while (rows.length > 0) {
      for (const row of rows) {
        await handler(row);
        totalRows++;
      }
      rows = await cursor.read(100);
    }
  } catch (e) {
    throw new Error("Error executing the query. See query in logs", { cause: e });
  } finally {
    if (cursor) {
      await cursor.close(() => {
        client.release();
      });
    } else if (client) {
      client.release();
    }
  }
  return { rows: totalRows };
}

export const db = {
  pgPool: getSingleton<Pool>("pg", createPg),
} as const;
