// Source: xataio/agent — apps/dbagent/src/components/connections/actions.ts (validateConnection, before commit f4374f4 "Fix connection leaking in the target db"), reduced by hand, not copied
// Label: safe
// Why: the helper's dedicated `pg.Client` on the user's database, not a pool checkout; a failing `SELECT version()` jumps to the catch, which answers without ending it (the fix ends it in a finally)
"use server";
import { getTargetDbConnection } from "./lib/targetdb";

export async function validateConnection(connectionString: string) {
  try {
    const client = await getTargetDbConnection(connectionString);

    const versionResult = await client.query("SELECT version()");
    const version = versionResult.rows[0].version;
    await client.end();
    console.log("Connection validated. Postgres version: ", version);
    return { success: true, message: "Connection validated successfully." };
  } catch (error) {
    console.error("Error validating connection:", error);
    return { success: false, message: `Failed to validate connection. ${error}` };
  }
}
