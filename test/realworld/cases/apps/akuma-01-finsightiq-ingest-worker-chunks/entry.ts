// Source: Akuma-01/FinSightIQ — backend/src/workers/ingest.worker.ts at 4175e2c (processIngestJob, the processor startIngestWorker hands to BullMQ), reduced by hand, not copied
// Label: safe
// Why: the BullMQ document-ingest processor parses, chunks and embeds before the checkout, then replaces the document's chunks in one transaction (a cache invalidation call inside the try) whose catch rolls back and rethrows and whose finally releases; status updates go through the pool afterwards
import { Job, Worker } from "bullmq";
import { db } from "./pool.js";
import { chunk } from "./chunker.js";
import { embedTexts } from "./embedder.js";
import { invalidateCentroidCache } from "./centroids.js";

type IngestJobData = { documentId: string; collectionId: string; jobId: string; rawText: string };

async function processIngestJob(job: Job<IngestJobData>) {
  const { documentId, collectionId, jobId, rawText } = job.data;
  const chunks = chunk(rawText, documentId);
  const vectors = await embedTexts(chunks.map((c) => c.text));

  const client = await db.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM chunks WHERE document_id = $1", [documentId]);
    await invalidateCentroidCache(documentId);
    for (let i = 0; i < chunks.length; i++) {
      await client.query(
        "INSERT INTO chunks (document_id, collection_id, chunk_index, chunk_text, embedding) VALUES ($1, $2, $3, $4, $5::vector)",
        [documentId, collectionId, i, chunks[i].text, `[${vectors[i].join(",")}]`],
      );
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }

  await db.query("UPDATE documents SET status = 'ready' WHERE id = $1", [documentId]);
  await db.query("UPDATE document_ingestion_jobs SET status = 'completed', completed_at = NOW() WHERE id = $1", [jobId]);
}

export const ingestWorker = new Worker<IngestJobData>("ingest", processIngestJob, { connection: { host: "localhost", port: 6379 } });
