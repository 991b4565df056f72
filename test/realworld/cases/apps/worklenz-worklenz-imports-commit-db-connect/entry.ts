// Source: Worklenz/worklenz — worklenz-backend/src/services/imports-service.ts (ImportsService.commit), reduced by hand, not copied
// Label: safe
// Why: the client from the db module's connect() wraps the whole import pipeline in a try; the catch rolls back, logs and rethrows, the finally releases
import db from "./db";

export class ImportsService {
  async updateJobStatus(jobId: string, status: string, message?: string): Promise<void> {
    await db.query("UPDATE import_jobs SET status = $2, message = $3 WHERE id = $1", [jobId, status, message ?? null]);
  }

  async appendLog(jobId: string, level: string, message: string, data?: unknown): Promise<void> {
    await db.query("INSERT INTO import_logs (job_id, level, message, data) VALUES ($1, $2, $3, $4)", [jobId, level, message, data ?? null]);
  }

  async getJob(jobId: string): Promise<{ target_project_id: string | null } | undefined> {
    return (await db.query("SELECT * FROM import_jobs WHERE id = $1", [jobId])).rows[0];
  }

  async commit(jobId: string) {
    const client = await db.connect();
    try {
      await client.query("BEGIN");
      await this.updateJobStatus(jobId, "running");

      const job = await this.getJob(jobId);
      if (!job?.target_project_id) throw new Error("Target project is required for commit");

      const staged = await client.query("SELECT * FROM import_staged_tasks WHERE job_id = $1 ORDER BY id", [jobId]);
      for (const task of staged.rows) {
        await client.query("SELECT create_quick_task($1::json)", [JSON.stringify({ ...task, project_id: job.target_project_id })]);
      }

      await this.appendLog(jobId, "info", "Commit pipeline executed", { created: staged.rows.length });
      await this.updateJobStatus(jobId, "success");
      await client.query("COMMIT");
    } catch (err: any) {
      await client.query("ROLLBACK");
      const message = err?.message || "Commit failed";
      await this.appendLog(jobId, "error", message, { error: err?.stack || err });
      await this.updateJobStatus(jobId, "failed", message);
      throw err;
    } finally {
      client.release();
    }
  }
}
