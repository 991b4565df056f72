// Source: D-Astudillo-ASC/collaborative-editor — server/db/updates.js at efcdd37 (markSnapshot, called by the socket.io Yjs server after it stores a document snapshot), reduced by hand, not copied
// Label: safe
// Why: the snapshot bookkeeping (UPDATE document_state, then an optional DELETE of the pruned updates) runs between begin and commit inside a try; the catch awaits rollback and rethrows, the finally releases
import { getPool } from "./pool.js";

async function markSnapshot({ documentId, snapshotSeq, r2Key, pruneUpdatesBeforeSnapshot }) {
  const pool = getPool();
  const client = await pool.connect();
  try {
    await client.query("begin;");
    await client.query(
      `update document_state set latest_snapshot_seq = $2, latest_snapshot_r2_key = $3, updated_at = now()
       where document_id = $1;`,
      [documentId, snapshotSeq, r2Key]
    );

    if (pruneUpdatesBeforeSnapshot) {
      await client.query("delete from document_updates where document_id = $1 and seq <= $2;", [documentId, snapshotSeq]);
    }

    await client.query("commit;");
  } catch (e) {
    await client.query("rollback;");
    throw e;
  } finally {
    client.release();
  }
}

export { markSnapshot };
