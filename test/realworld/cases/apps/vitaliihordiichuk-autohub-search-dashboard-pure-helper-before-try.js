// Source: VitaliiHordiichuk/autohub — src/repositories/AdminSearchAnalyticsRepository.js (getDashboard), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only a helper of this file that builds an array from an object literal and arithmetic run; neither can throw, and the finally releases
import { pool } from "../config/db.js";

function buildFilterValues({ days, status, search }) {
  return [days, status, search || null];
}

export const AdminSearchAnalyticsRepository = {
  async getDashboard({ days, status, search, page, limit }) {
    const client = await pool.connect();

    const filterValues = buildFilterValues({ days, status, search });

    const offset = (page - 1) * limit;

    try {
      const summary = await client.query("SELECT COUNT(*) AS searches FROM search_events WHERE created_at > now() - ($1 * interval '1 day')", filterValues.slice(0, 1));
      const rows = await client.query("SELECT * FROM search_events ORDER BY created_at DESC LIMIT $1 OFFSET $2", [limit, offset]);
      return { summary: summary.rows[0], rows: rows.rows };
    } finally {
      client.release();
    }
  },
};
