// Source: Ftgeorge/loom-backend — src/services/job.cancel.service.ts (cancelJob), reduced by hand, not copied
// Label: safe
// Why: a job the customer cannot cancel is rolled back and answered with a 404 from inside the try; every path, the early return included, leaves through the finally that releases
import { pool } from "./db/pool";
import { cancelJobTx } from "./repositories/job.repo.tx";

export async function cancelJob(input: { jobId: string; customerId: string }) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const job = await cancelJobTx(client, input);

    if (!job) {
      await client.query("ROLLBACK");
      return {
        ok: false as const,
        status: 404,
        error: "Job not found, already completed/cancelled, or you are not the owner",
      };
    }

    await client.query("COMMIT");
    return { ok: true as const, status: 200, data: job };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
