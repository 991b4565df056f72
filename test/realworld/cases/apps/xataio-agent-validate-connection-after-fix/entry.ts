// Source: xataio/agent — apps/dbagent/src/components/connections/actions.ts (validateConnection, at commit f4374f4 "Fix connection leaking in the target db"), reduced by hand, not copied
// Label: safe
// Why: the client is opened before the try and ended in its finally; a failed open throws before there is a client
"use server";
import { getTargetDbConnection } from "./lib/targetdb";

export async function validateConnection(connectionString: string) {
  const client = await getTargetDbConnection(connectionString);
  try {
    const versionResult = await client.query("SELECT version()");
    const version = versionResult.rows[0].version;
    console.log("Connection validated. Postgres version: ", version);
    return { success: true, message: "Connection validated successfully." };
  } catch (error) {
    console.error("Error validating connection:", error);
    return { success: false, message: `Failed to validate connection. ${error}` };
  } finally {
    await client.end();
  }
}
