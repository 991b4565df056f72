// Source: ZahidHasan321/result-processing — pages/api/admin/createCommittee.js (handler), reduced by hand, not copied
// Label: safe
// Why: the bad-input exit returns before any checkout; the checkout's BEGIN, inserts and COMMIT run in a try whose catch rolls back and whose finally releases
import pool from "@/lib/db";

export default async function (req, res) {
  const param = req.body;
  if (param.session == "" || param.semester == "") {
    res.status(505).send({ message: "session or semester can't be empty" });
    return;
  } else {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const text = "INSERT INTO exam_committee (id, semester, exam_session, role) VALUES ($1, $2, $3, $4)";
      if (param.member1 != null) {
        await client.query(text, [param.member1.id, param.semester, param.session, param.role1 || "Member"]);
      }
      if (param.member2 != null) {
        await client.query(text, [param.member2.id, param.semester, param.session, param.role2 || "Member"]);
      }
      await client.query("COMMIT");
      res.status(200).send({ message: "Committee created" });
    } catch (e) {
      await client.query("ROLLBACK");
      res.status(500).send({ message: "Failed to create committee" });
    } finally {
      client.release();
    }
  }
}
