// Source: Jiya-Singh-sudo/mtwo — server/src/reports-pkg/queue/report.worker.ts at 17da909 (db.transaction of the BullMQ report worker's DbClient), reduced by hand, not copied
// Label: safe
// Why: the report-generation worker's DbClient wrapper gives the report engines a transaction: BEGIN, the callback, COMMIT in a try whose catch rolls back and rethrows and whose finally releases
import { Worker } from "bullmq";
import { Pool } from "pg";
import { GuestReportEngine } from "./engines/guest.engine";

interface DbClient {
  query(sql: string, params?: any[]): Promise<any[]>;
  transaction<T>(callback: (client: any) => Promise<T>): Promise<T>;
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const db: DbClient = {
  async query(sql: string, params: any[] = []) {
    const result = await pool.query(sql, params);
    return result.rows;
  },

  async transaction<T>(callback: (client: any) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  },
};

export const reportWorker = new Worker(
  "report-generation",
  async (job) => {
    const { jobId, reportCode, filters } = job.data;
    await db.query("UPDATE t_report_jobs SET status='PROCESSING' WHERE job_id=$1", [jobId]);
    const data = await new GuestReportEngine(db).run(reportCode, filters);
    await db.query("UPDATE t_report_jobs SET status='DONE', row_count=$2 WHERE job_id=$1", [jobId, data.length]);
  },
  { connection: { host: process.env.REDIS_HOST ?? "localhost", port: 6379 } },
);
