// Source: ZahidHasan321/result-processing — pages/api/admin/removeCommittee.js (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `client.query("COMMIT")` (and the catch's ROLLBACK) is started without await and the finally releases at once: the client goes back to the pool with COMMIT still queued on it, and a failed COMMIT is never seen
import pool from "@/lib/db";

export default async function handler(req, res) {
  const param = req.body;
  const client = await pool.connect();
  try {
    client.query("BEGIN");
    await client.query({ text: "DELETE FROM exam_committee WHERE exam_session = $1 AND semester = $2", values: [param.session, param.semester] });
    await client.query({ text: "DELETE FROM exam_info WHERE exam_session = $1 AND semester = $2", values: [param.session, param.semester] });
    client.query("COMMIT");
    res.status(200).send({ message: "Deleted successfully", status: "Success" });
  } catch (e) {
    client.query("ROLLBACK");
    res.status(500).send({ message: "Failed to delete", status: "Error" });
  } finally {
    client.release();
  }
}
