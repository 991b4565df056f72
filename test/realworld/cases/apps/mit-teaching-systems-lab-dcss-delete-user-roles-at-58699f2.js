// Source: mit-teaching-systems-lab/dcss — src/server/service/roles/db.js at 58699f2 (deleteUserRoles, "more semantic separations, dont let db know about response status"), reduced by hand, not copied
// Label: safe
// Why: the fix moves the release into a finally; the catch rolls back and rethrows, and the result is returned from inside the try
const { Pool } = require("pg");
const { sql } = require("../../util/sqlHelpers");

const pool = new Pool();

exports.deleteUserRoles = async function (userId, roles) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(
      sql`DELETE FROM user_role WHERE user_id = ${userId} AND role IN (SELECT jsonb_array_elements_text(${roles}));`
    );
    await client.query("COMMIT");
    return { deletedCount: result.rowCount };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
};
