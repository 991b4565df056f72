// Source: sickn33/agentic-awesome-skills — skills/azure-postgres-ts/SKILL.md ("5. Transaction Helper Function" of the azure-postgres-ts skill AI coding agents load), reduced by hand, not copied
// Label: safe
// Why: the helper checks out, runs BEGIN, the callback and COMMIT inside the try, rolls back and rethrows in the catch and releases in the finally
import { Pool, PoolClient } from "pg";

export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
