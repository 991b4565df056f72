// Source: AndreD17/Payment-System-Backend — src/worker/outboxWorker.ts (startOutboxWorker), reduced by hand, not copied
// Label: safe
// Why: each tick of the interval checks a client out and everything after it, including the early `return` when no job is due, is inside a try whose finally releases
import { pool } from "../db/pool";
import { fulfillInvoice } from "../services/fulfillment";

export function startOutboxWorker() {
  setInterval(async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const jobRes = await client.query("SELECT * FROM outbox WHERE status = 'PENDING' AND next_run_at <= now() ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
      const job = jobRes.rows[0];
      if (!job) {
        await client.query("COMMIT");
        return;
      }
      await client.query("UPDATE outbox SET status = 'PROCESSING' WHERE id = $1", [job.id]);
      await client.query("COMMIT");
      await fulfillInvoice(job.payload);
      await pool.query("UPDATE outbox SET status = 'DONE' WHERE id = $1", [job.id]);
    } catch (e: any) {
      try {
        await pool.query("UPDATE outbox SET status = 'PENDING', attempts = attempts + 1 WHERE id = $1", [e?.jobId ?? null]);
      } catch {}
      console.error("Outbox worker error:", e);
      try {
        await client.query("ROLLBACK");
      } catch {}
    } finally {
      client.release();
    }
  }, 2000);
}
