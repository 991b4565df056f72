// Source: Blackork1/komplettwebdesign — repositories/contentJobRepository.js at 24b165e "feat: create revisions from performance evidence" (enqueuePerformanceRevisionJob), reduced by hand, not copied
// Label: safe
// Why: the database is a parameter defaulting to the module's pool (checked to have a `connect`); the checkout is followed at once by a try whose catch tries a ROLLBACK (its own failure swallowed) and rethrows, and whose finally releases on every path, the early throws of stale evidence included
import pool from "../util/db.js";

function positiveJobInteger(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new TypeError(`${name} must be a positive integer`);
  return n;
}

export async function enqueuePerformanceRevisionJob({ postId, snapshotId, evidenceHash } = {}, db = pool) {
  const normalizedPostId = positiveJobInteger(postId, "postId");
  const normalizedSnapshotId = positiveJobInteger(snapshotId, "snapshotId");
  if (!/^[0-9a-f]{64}$/.test(String(evidenceHash || ""))) {
    throw new TypeError("invalid evidence hash");
  }
  if (!db || typeof db.connect !== "function") {
    throw new TypeError("a transactional database is required");
  }
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const snapshotResult = await client.query(
      "SELECT id, evidence_hash, status FROM content_article_performance_snapshots WHERE post_id = $1 ORDER BY id DESC LIMIT 1 FOR SHARE",
      [normalizedPostId],
    );
    const snapshot = snapshotResult.rows[0] || null;
    if (!snapshot || Number(snapshot.id) !== normalizedSnapshotId || snapshot.evidence_hash !== evidenceHash) {
      const error = new Error("performance evidence is stale");
      error.code = "CONTENT_PERFORMANCE_EVIDENCE_STALE";
      throw error;
    }
    const inserted = await client.query(
      "INSERT INTO content_jobs (job_type, idempotency_key, payload_json) VALUES ('optimize_existing_post', $1, $2::jsonb) ON CONFLICT DO NOTHING RETURNING id, status",
      [`article-performance-revision:${normalizedPostId}:${normalizedSnapshotId}`, { post_id: normalizedPostId }],
    );
    await client.query("COMMIT");
    return inserted.rows[0] || null;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the original error wins
    }
    throw error;
  } finally {
    client.release();
  }
}
