// Source: jaredwray/keyv — storage/postgres/scripts/migrate-v6.ts (migrate), reduced by hand, not copied
// Label: safe
// Why: every way out of the try (the two early returns after a ROLLBACK, the end, the catch) passes the finally, which releases the client and ends the pool; a failed migration exits the process from the catch
import pg from "pg";

export async function migrate({ uri, table, dryRun }: { uri: string; table: string; dryRun: boolean }) {
  const pool = new pg.Pool({ connectionString: uri });
  const client = await pool.connect();

  try {
    await client.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS namespace VARCHAR(255) DEFAULT NULL`);
    await client.query("BEGIN");

    const preview = await client.query(`SELECT key FROM ${table} WHERE namespace IS NULL AND key LIKE '%:%'`);
    if (preview.rows.length === 0) {
      console.log("No rows to migrate.");
      await client.query("ROLLBACK");
      return;
    }
    if (dryRun) {
      console.log("Dry run — no changes made.");
      await client.query("ROLLBACK");
      return;
    }

    const result = await client.query(`UPDATE ${table} SET namespace = SPLIT_PART(key, ':', 1) WHERE namespace IS NULL`);
    await client.query("COMMIT");
    console.log(`Migration complete. ${result.rowCount} row(s) updated.`);
  } catch (error) {
    await client.query("ROLLBACK");
    console.error((error as Error).message);
    process.exit(1);
  } finally {
    client.release();
    await pool.end();
  }
}
