// Source: ZahidHasan321/result-processing — pages/api/admin/student/uploadStudents.js (handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `list.map(async …)` drops the insert promises: COMMIT and the finally's release run while the inserts are still queued on the client, which goes back to the pool mid-work (and the inserts land outside the transaction)
import pool from "@/lib/db";

export default async function handler(req, res) {
  const { list, session, semester } = req.body;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const insertStudent = "INSERT INTO student VALUES ($1, $2, $3) ON CONFLICT (roll) DO UPDATE SET name = $2, hall = $3";
    const insertSession = "INSERT INTO stud_per_session VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
    list.map(async (item) => {
      await client.query(insertStudent, [item.roll, item.name, item.hall]);
      await client.query(insertSession, [item.roll, session, semester]);
    });
    await client.query("COMMIT");
    res.status(200).send({ message: "Submitted" });
  } catch (e) {
    await client.query("ROLLBACK");
    res.status(500).send({ message: "Error while submitting" });
  } finally {
    client.release();
  }
}
