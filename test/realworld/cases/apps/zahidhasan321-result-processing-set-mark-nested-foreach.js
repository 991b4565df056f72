// Source: ZahidHasan321/result-processing — pages/api/examiner/setMark.js (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the mark inserts run in `Object.entries(item).forEach(async …)` inside `marks.map(…)`: nothing waits for them, so COMMIT and the finally's release go first and the client returns to the pool with inserts still queued
import pool from "@/lib/db";

export default async function handler(req, res) {
  const { marks, session, course } = req.body;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    marks.map((item) => {
      Object.entries(item).forEach(async ([key, value]) => {
        if (value != null && key !== "code" && item.code) {
          await client.query({ text: "INSERT INTO marks VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", values: [session, course, item.code, key, value] });
        }
      });
    });
    await client.query({ text: "UPDATE examiner SET submitted = true WHERE exam_session = $1 AND course_code = $2", values: [session, course] });
    await client.query("COMMIT");
    res.status(200).send({ children: "Successfully submitted" });
  } catch (e) {
    await client.query("ROLLBACK");
    res.status(500).send({ children: "Error while submitting" });
    throw e;
  } finally {
    client.release();
  }
}
