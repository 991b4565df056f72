// Source: Rudrappa838/school-software — backend/src/controllers/teacherController.js (updateTeacher), reduced by hand, not copied
// Label: safe
// Why: six early returns, each after a ROLLBACK inside the try, and nested class/section branches; the catch rolls back, the finally releases on every path
const { pool } = require("./db");

exports.updateTeacher = async (req, res) => {
  const client = await pool.connect();
  try {
    const schoolId = req.user.schoolId;
    const { id } = req.params;
    const { name, email, phone, assign_class_id, assign_section_id } = req.body;
    await client.query("BEGIN");

    if (phone) {
      const phoneCheck = await client.query("SELECT id, name FROM teachers WHERE phone = $1 AND school_id = $2 AND id != $3", [phone, schoolId, id]);
      if (phoneCheck.rows.length > 0) {
        await client.query("ROLLBACK");
        return res.status(400).json({ message: `Phone number already exists for teacher: ${phoneCheck.rows[0].name}` });
      }
    }
    if (email) {
      const emailCheck = await client.query("SELECT id, name FROM teachers WHERE email = $1 AND school_id = $2 AND id != $3", [email, schoolId, id]);
      if (emailCheck.rows.length > 0) {
        await client.query("ROLLBACK");
        return res.status(400).json({ message: `Email already exists for teacher: ${emailCheck.rows[0].name}` });
      }
    }
    const result = await client.query("UPDATE teachers SET name = $1, email = $2, phone = $3 WHERE id = $4 AND school_id = $5 RETURNING *", [name, email, phone, id, schoolId]);
    if (result.rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ message: "Teacher not found" });
    }
    await client.query("UPDATE sections SET class_teacher_id = NULL WHERE class_teacher_id = $1", [id]);

    if (assign_class_id) {
      if (assign_section_id) {
        const checkSec = await client.query("SELECT class_teacher_id, name FROM sections WHERE id = $1", [assign_section_id]);
        if (checkSec.rows.length > 0 && checkSec.rows[0].class_teacher_id && checkSec.rows[0].class_teacher_id != id) {
          await client.query("ROLLBACK");
          return res.status(400).json({ message: `Section '${checkSec.rows[0].name}' already has a Class Teacher assigned.` });
        }
        await client.query("UPDATE sections SET class_teacher_id = $1 WHERE id = $2", [id, assign_section_id]);
      } else {
        const sections = await client.query("SELECT COUNT(*) FROM sections WHERE class_id = $1", [parseInt(assign_class_id)]);
        if (parseInt(sections.rows[0].count) > 0) {
          await client.query("ROLLBACK");
          return res.status(400).json({ message: "This class has sections. Please select a specific section to assign." });
        }
        await client.query("UPDATE classes SET class_teacher_id = $1 WHERE id = $2", [id, parseInt(assign_class_id)]);
      }
    }

    await client.query("COMMIT");
    res.json(result.rows[0]);
  } catch (error) {
    await client.query("ROLLBACK");
    res.status(500).json({ message: "Server error updating teacher" });
  } finally {
    client.release();
  }
};
