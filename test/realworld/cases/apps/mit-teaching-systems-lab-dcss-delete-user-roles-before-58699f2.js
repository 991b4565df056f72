// Source: mit-teaching-systems-lab/dcss — src/server/service/roles/db.js at 58699f2^ (deleteUserRoles), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the catch rolls back and returns the error object without releasing (the release is only after the try), so every failed delete keeps its client; a failing ROLLBACK throws past it too
const { Pool } = require("pg");
const { sql } = require("../../util/sqlHelpers");

const pool = new Pool();

exports.deleteUserRoles = async function (userId, roles) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    await client.query(sql`DELETE FROM user_role WHERE user_id = ${userId} AND role IN (SELECT jsonb_array_elements_text(${roles}));`);
    await client.query("COMMIT");
  } catch (e) {
    const roleServerError = new Error("Role not removed. Server error");
    roleServerError.stack = e.stack;
    roleServerError.status = 500;
    await client.query("ROLLBACK");

    return roleServerError;
  }

  client.release();
  return { status: 200 };
};
