// Source: Jonmichaelpsmith/ClinicalSageAI — server/utils/applicationHealthCheck.ts (attemptServiceRecovery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the recovery probe releases only after `SELECT 1` succeeds; when the query rejects, the catch logs and returns false with the client still checked out (and the new pool never ended)
import { Pool } from "pg";

export async function attemptServiceRecovery(dbPool: Pool): Promise<boolean> {
  console.log("Attempting service recovery...");

  try {
    const newPool = new Pool();
    const client = await newPool.connect();
    await client.query("SELECT 1");
    client.release();
    console.log("Database pool successfully recreated");
  } catch (error) {
    console.error("Failed to recreate database pool:", error);
    return false;
  }

  try {
    if (global.gc) {
      global.gc();
      console.log("Forced garbage collection completed");
    }
  } catch (error) {
    console.error("Failed to run garbage collection:", error);
  }

  return true;
}
