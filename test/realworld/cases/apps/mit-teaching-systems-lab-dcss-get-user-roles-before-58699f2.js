// Source: mit-teaching-systems-lab/dcss — src/server/service/roles/db.js at 58699f2^ (getUserRoles, before "more semantic separations, dont let db know about response status"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the function checks a client out, runs its SELECT and returns the roles without ever releasing it: every roles lookup keeps one connection (the commit wraps it in try/finally)
const { Pool } = require("pg");
const { sql } = require("../../util/sqlHelpers");

const pool = new Pool();

exports.getUserRoles = async function getUserRoles(userId) {
  const client = await pool.connect();
  const result = await client.query(sql`SELECT * FROM user_role WHERE user_id = ${userId};`);
  return { roles: result.rows.map((row) => row.role) };
};
