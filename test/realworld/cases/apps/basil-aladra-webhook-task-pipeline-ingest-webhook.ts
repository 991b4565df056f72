// Source: Basil-Aladra/webhook-task-pipeline — apps/api/src/modules/webhooks/webhooks.service.ts at bada6eba (ingestWebhook), reduced by hand, not copied
// Label: safe
// Why: the pool comes from the api workspace's own `../../db/pool`; the pipeline lookup, the two `throw`s for a missing or paused pipeline, the idempotency hit's COMMIT-and-return and the enqueue's COMMIT all run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import { pool } from "../../db/pool";
import { logger } from "../../shared/logger";
import { createJob, createJobStatusHistory, findJobByIdempotencyKey, findPipelineByWebhookPathOrId } from "./webhooks.repository";

export class WebhookPipelineNotFoundError extends Error {}
export class PipelineNotActiveError extends Error {}

export async function ingestWebhook(pipelineIdentifier: string, data: { payload: unknown; idempotencyKey?: string }) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const pipeline = await findPipelineByWebhookPathOrId(pipelineIdentifier, client);
    if (!pipeline) {
      throw new WebhookPipelineNotFoundError();
    }
    if (pipeline.status !== "active") {
      logger.warn("Webhook rejected because pipeline is not active", { pipelineId: pipeline.id });
      throw new PipelineNotActiveError();
    }

    if (data.idempotencyKey) {
      const existingJob = await findJobByIdempotencyKey(pipeline.id, data.idempotencyKey, client);
      if (existingJob) {
        logger.info("Webhook idempotency hit, reusing existing job", { jobId: existingJob.id });
        await client.query("COMMIT");
        return { jobId: existingJob.id, pipelineId: pipeline.id, status: "queued" as const };
      }
    }

    const createdJob = await createJob({ pipelineId: pipeline.id, payload: data.payload, idempotencyKey: data.idempotencyKey }, client);
    await createJobStatusHistory(createdJob.id, "queued", "api", client);
    await client.query("COMMIT");

    return { jobId: createdJob.id, pipelineId: pipeline.id, status: "queued" as const };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
