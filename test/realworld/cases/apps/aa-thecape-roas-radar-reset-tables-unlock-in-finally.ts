// Source: AA-TheCape/ROAS-Radar — test/integration-test-helpers.ts (resetIntegrationTables), reduced by hand, not copied
// Label: safe
// Why: the finally first awaits the advisory unlock with a `.catch` that swallows its rejection, so the release after it always runs
import type { Pool } from "pg";

const RESET_LOCK_KEY = 7204;

export async function resetIntegrationTables(pool: Pool, tables: string[]): Promise<void> {
  if (tables.length === 0) {
    return;
  }
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [RESET_LOCK_KEY]);
    await client.query(`TRUNCATE TABLE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [RESET_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
