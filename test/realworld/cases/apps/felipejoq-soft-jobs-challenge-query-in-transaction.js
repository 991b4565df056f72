// Source: felipejoq/soft-jobs-challenge — src/database/db.js (query), reduced by hand, not copied
// Label: safe
// Why: every query of the app runs in its own BEGIN/COMMIT inside a try whose finally releases; a failed ROLLBACK still reaches the finally
import pg from "pg";

const pool = new pg.Pool({ max: 10, idleTimeoutMillis: 10000 });

export const query = async (text, params) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(text, params);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Error en la transacción:", error);
    throw error;
  } finally {
    client.release();
  }
};
