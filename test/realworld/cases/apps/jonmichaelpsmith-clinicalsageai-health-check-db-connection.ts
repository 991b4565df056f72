// Source: Jonmichaelpsmith/ClinicalSageAI — server/utils/applicationHealthCheck.ts (checkDatabaseConnection), reduced by hand, not copied
// Label: safe
// Why: the timed `SELECT NOW()` and both returns sit in a `try` whose `finally` releases; a failed checkout lands in the outer catch holding nothing
import { Pool } from "pg";

export async function checkDatabaseConnection(dbPool: Pool): Promise<{ status: "up" | "down" | "degraded"; responseTime?: number; message?: string }> {
  try {
    const startTime = process.hrtime();
    const client = await dbPool.connect();

    try {
      await client.query("SELECT NOW()");
      const [seconds, nanoseconds] = process.hrtime(startTime);
      const responseTime = seconds * 1000 + nanoseconds / 1000000;

      if (responseTime > 200) {
        return { status: "degraded", responseTime, message: `Database connection slow (${responseTime.toFixed(2)}ms)` };
      }

      return { status: "up", responseTime };
    } finally {
      client.release();
    }
  } catch (error) {
    return { status: "down", message: `Database connection failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
