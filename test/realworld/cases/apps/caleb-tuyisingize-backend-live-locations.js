// Source: caleb-tuyisingize/backend — controllers/liveTrackingController.js at 10cfc09 (getLiveLocations, the live map's polling endpoint), reduced by hand, not copied
// Label: safe
// Why: the company lookup and its 403 come before the checkout; inside, the "storage not configured" answer returns from the try and the map query's answer is sent before the finally releases; the outer catch answers 500
const pool = require("../config/pgPool");

async function getUserCompanyId(userId) {
  const result = await pool.query("SELECT company_id FROM users WHERE id = $1", [userId]);
  return result.rows[0] ? result.rows[0].company_id : null;
}

async function getLiveLocationColumnMap(client) {
  const result = await client.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'live_bus_locations'");
  const names = new Set(result.rows.map((row) => row.column_name));
  return { hasLatitude: names.has("latitude"), hasLongitude: names.has("longitude") };
}

const getLiveLocations = async (req, res) => {
  try {
    const isAdmin = String(req.userRole || "").toLowerCase() === "admin";
    const companyId = isAdmin ? null : await getUserCompanyId(req.userId);

    if (!isAdmin && !companyId) {
      return res.status(403).json({ error: "No company associated with user" });
    }

    const client = await pool.connect();
    try {
      const colMap = await getLiveLocationColumnMap(client);
      if (!colMap.hasLatitude || !colMap.hasLongitude) {
        return res.json({ success: true, count: 0, locations: [] });
      }

      const locations = await client.query(
        `SELECT DISTINCT ON (l.schedule_id) l.schedule_id, l.latitude, l.longitude, l.recorded_at
         FROM live_bus_locations l JOIN bus_schedules bs ON bs.schedule_id::text = l.schedule_id::text
         WHERE bs.status = 'in_progress' AND ($1::text IS NULL OR bs.company_id::text = $1::text)
         ORDER BY l.schedule_id, l.recorded_at DESC`,
        [companyId]
      );

      res.json({
        success: true,
        count: locations.rows.length,
        locations: locations.rows.map((loc) => ({
          scheduleId: loc.schedule_id,
          location: { latitude: parseFloat(loc.latitude), longitude: parseFloat(loc.longitude) },
          updated_at: loc.recorded_at,
        })),
      });
    } finally {
      client.release();
    }
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
};

module.exports = { getLiveLocations };
