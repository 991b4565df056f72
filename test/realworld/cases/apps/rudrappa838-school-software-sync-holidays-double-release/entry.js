// Source: Rudrappa838/school-software — backend/src/controllers/holidayController.js (syncFromCalendar), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the early returns inside the try release the client, then the finally releases it again: pg throws "Release called on client which has already been released" out of the handler
const { pool } = require("./db");

exports.syncFromCalendar = async (req, res) => {
  const client = await pool.connect();
  try {
    const schoolId = req.user.schoolId;
    const { year } = req.body;
    if (!schoolId) { client.release(); return res.status(400).json({ message: "School ID not found" }); }
    if (!year) { client.release(); return res.status(400).json({ message: "Year is required" }); }

    await client.query("BEGIN");
    const events = await client.query("SELECT title, start_date FROM events WHERE school_id = $1", [schoolId]);
    const holidays = events.rows.filter((e) => new Date(e.start_date).getFullYear() === Number(year));
    if (holidays.length === 0) {
      await client.query("ROLLBACK");
      client.release();
      return res.json({ message: "No holidays found in calendar." });
    }
    await client.query("DELETE FROM school_holidays WHERE school_id = $1", [schoolId]);
    await client.query("INSERT INTO school_holidays (school_id, holiday_date) SELECT $1, unnest($2::date[])", [schoolId, holidays.map((h) => h.start_date)]);
    await client.query("COMMIT");
    res.json({ message: "Sync Successful" });
  } catch (error) {
    await client.query("ROLLBACK");
    res.status(500).json({ message: "Server error during sync", error: error.message });
  } finally {
    client.release();
  }
};
