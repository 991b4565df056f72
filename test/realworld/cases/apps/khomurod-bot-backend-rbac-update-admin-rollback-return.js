// Source: Khomurod/bot-backend — database/rbac.js at 9ee0b78f (updateAdminUser), reduced by hand, not copied
// Label: safe
// Why: a Telegram HR bot's admin back end locks the admin row, sends ROLLBACK and returns null from inside the try when it is missing, throws a 409 on demoting the last super admin; the catch rolls back best-effort and rethrows, the finally releases on every path
const { query, pool } = require("./pool");

async function countActiveSuperAdmins(client) {
  const res = await client.query(
    `SELECT COUNT(DISTINCT a.id)::int AS count FROM admins a JOIN admin_user_roles aur ON aur.admin_id = a.id JOIN roles r ON r.id = aur.role_id WHERE a.active = TRUE AND r.system_key = 'super_admin'`,
  );
  return res.rows[0]?.count || 0;
}

async function updateAdminUser(adminId, { username, active, actorId }) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const before = await client.query("SELECT id, username, active FROM admins WHERE id = $1 FOR UPDATE", [adminId]);
    if (!before.rows[0]) { await client.query("ROLLBACK"); return null; }
    if (active === false && (await countActiveSuperAdmins(client)) <= 1) {
      const error = new Error("The last active super administrator cannot be disabled or demoted.");
      error.status = 409;
      throw error;
    }
    await client.query("UPDATE admins SET username = COALESCE($2, username), active = COALESCE($3, active), updated_by_admin_id = $4 WHERE id = $1", [adminId, username, active, actorId || null]);
    await client.query("COMMIT");
    return (await query("SELECT id, username, active FROM admins WHERE id = $1", [adminId])).rows[0];
  } catch (error) {
    try { await client.query("ROLLBACK"); } catch (_) { /* noop */ }
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { updateAdminUser };
