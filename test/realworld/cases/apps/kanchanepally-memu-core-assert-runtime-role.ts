// Source: kanchanepally/memu-core — src/db/connection.ts (assertRuntimeRoleNotSuperuser), reduced by hand, not copied
// Label: safe
// Why: `let client` is assigned inside the try and released in finally behind `if (client)`; the early returns and the rethrow of the strict-mode error all pass that finally
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const migrationPool = new Pool({ connectionString: process.env.MEMU_DB_MIGRATE_URL || process.env.DATABASE_URL });

export async function assertRuntimeRoleNotSuperuser(): Promise<void> {
  let client;
  try {
    client = await pool.connect();
    const res = await client.query("SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
    const row = res.rows[0];
    if (!row) {
      console.warn("[BOOT] could not resolve current role");
      return;
    }
    if (!row.rolsuper && !row.rolbypassrls) {
      console.log(`role ${row.rolname} enforces RLS`);
      return;
    }
    const msg = `Runtime DB role '${row.rolname}' bypasses RLS`;
    if ((process.env.MEMU_REQUIRE_NOSUPERUSER || "").toLowerCase() === "true") {
      throw new Error("[BOOT][FATAL] " + msg);
    }
    console.warn("[BOOT] " + msg);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith("[BOOT][FATAL]")) throw err;
    console.warn("[BOOT] assertion skipped:", err instanceof Error ? err.message : err);
  } finally {
    if (client) client.release();
  }
}
