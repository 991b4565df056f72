// Source: Mourya2044/Job-Queue — src/db/listener.js (startJobEventListener), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a LISTEN checkout kept only by the notification closure: never released, never stored for a shutdown, and a failed LISTEN loses it
import { reportJobStatus } from "../socket/socket.js";
import { getJobById } from "../jobs/jobRepo.js";
import pool from "./db.js";

export const startJobEventListener = async () => {
  const client = await pool.connect();
  await client.query("LISTEN job_events");

  console.log("listening for job_events");

  client.on("notification", async (msg) => {
    try {
      const { jobId } = JSON.parse(msg.payload);
      const job = await getJobById(jobId);
      if (job) reportJobStatus(job);
    } catch (err) {
      console.error("job event error", err);
    }
  });
};
