// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/src/repositories/reservationsRepository.js (assignTables), reduced by hand, not copied
// Label: safe
// Why: the ids are cleaned and logged before the checkout; the loop of inserts runs between BEGIN and COMMIT in the try, the catch rolls back and rethrows, the finally releases
import { pool } from "./db.js";

export default {
  async assignTables(reservationId, tableIds) {
    console.log("assignTables called:", { reservationId, tableIds });
    const cleanId = reservationId && !isNaN(reservationId) ? reservationId : null;
    const cleanTables = tableIds.filter((id) => id && !isNaN(id));

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      for (const tableId of cleanTables) {
        await client.query("INSERT INTO reservation_tables (reservation_id, table_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [cleanId, tableId]);
      }
      await client.query("COMMIT");
      return { assigned: cleanTables.length };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  },
};
