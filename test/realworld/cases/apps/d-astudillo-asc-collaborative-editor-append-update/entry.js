// Source: D-Astudillo-ASC/collaborative-editor — server/db/updates.js at efcdd37 (appendUpdate, called for each Yjs update the websocket server receives), reduced by hand, not copied
// Label: safe
// Why: each collaborative-editing update is appended under a `FOR UPDATE` lock on the document's sequence in one transaction; the thrown 404 for a missing document and any failed query go through the catch's rollback and rethrow, and the finally releases
import { getPool } from "./pool.js";

async function appendUpdate({ documentId, actorUserId, updateBytes }) {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query("begin;");
    const stateRes = await client.query("select latest_update_seq from document_state where document_id = $1 for update;", [documentId]);
    if (!stateRes.rows[0]) {
      const err = new Error("document_state_missing");
      err.statusCode = 404;
      throw err;
    }

    const nextSeq = BigInt(stateRes.rows[0].latest_update_seq) + 1n;
    await client.query("insert into document_updates (document_id, seq, actor_user_id, update) values ($1, $2, $3, $4);", [
      documentId,
      nextSeq.toString(),
      actorUserId || null,
      Buffer.from(updateBytes),
    ]);
    await client.query("update document_state set latest_update_seq = $2, updated_at = now() where document_id = $1;", [documentId, nextSeq.toString()]);
    await client.query("commit;");
    return Number(nextSeq);
  } catch (e) {
    await client.query("rollback;");
    throw e;
  } finally {
    client.release();
  }
}

export { appendUpdate };
