// Source: Cap-go/capgo — tests/org-ownership-transfer.test.ts (withAuthenticatedUser), reduced by hand, not copied
// Label: safe
// Why: the pool comes from an awaited test helper; the checkout is released in the finally after COMMIT or a guarded ROLLBACK
import type { PoolClient } from "pg";
import { getPostgresClient } from "./test-utils";

export async function withAuthenticatedUser<T>(userId: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const pool = await getPostgresClient();
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL ROLE authenticated");
    await client.query("SELECT set_config($1, $2, true)", ["request.jwt.claim.sub", userId]);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // keep the first error
    }
    throw error;
  } finally {
    client.release();
  }
}
