// Source: golergka/pg-deadlock-test — src/pg.ts (tx), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN is awaited between the checkout and the try whose finally releases: a failed BEGIN leaves the client checked out (with max 500 the pool still drains under repeated failures)
import { Pool } from "pg";

export const pg = new Pool({ connectionString: process.env.POSTGRES_URL, max: 500 });

export interface IDatabaseClient {
  query: (query: string, bindings?: unknown[]) => Promise<{ rows: unknown[] }>;
}

export async function tx<T>(callback: (db: IDatabaseClient) => Promise<T>): Promise<T> {
  const client = await pg.connect();
  await client.query("BEGIN");
  let result: T;
  try {
    result = await callback(client);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
  return result;
}
