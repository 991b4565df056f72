// Source: Khomurod/bot-backend — database/rbac.js at 9ee0b78 (updateAdminUser, with getAdminAuthorization and auditRbac beside it), reduced by hand, not copied
// Label: safe
// Why: an RBAC update locks the admin FOR UPDATE, refuses to demote the last super admin by throwing, rewrites roles, bumps auth_version and writes an audit row through same-file helpers handed the client (one binds `client.query`); the not-found path ROLLBACKs and returns inside the try, and the finally releases on every path
"use strict";

const { query, pool } = require("./pool");
const { insertTrailerAudit } = require("./trailerAudit");

async function getAdminAuthorization(adminId, client = null) {
  const run = client ? client.query.bind(client) : query;
  const res = await run(
    "SELECT a.id, a.username, a.active, a.auth_version, array_agg(r.system_key) AS role_keys FROM admins a LEFT JOIN admin_user_roles aur ON aur.admin_id = a.id LEFT JOIN roles r ON r.id = aur.role_id WHERE a.id = $1 GROUP BY a.id",
    [adminId]
  );
  return res.rows[0] || null;
}

async function auditRbac(client, actorId, action, entityId, oldValues, newValues) {
  const actor = actorId ? await getAdminAuthorization(actorId, client) : null;
  await insertTrailerAudit({ adminId: actorId, roleKeys: actor ? actor.role_keys : [], action, entityId, oldValues, newValues }, client);
}

async function countActiveSuperAdmins(client) {
  const res = await client.query(
    "SELECT COUNT(DISTINCT a.id)::int AS count FROM admins a JOIN admin_user_roles aur ON aur.admin_id = a.id JOIN roles r ON r.id = aur.role_id WHERE a.active AND r.system_key = 'super_admin'"
  );
  return res.rows[0] ? res.rows[0].count : 0;
}

async function updateAdminUser(adminId, { active, roleIds, passwordHash, actorId }) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const before = await client.query("SELECT id, username, active FROM admins WHERE id = $1 FOR UPDATE", [adminId]);
    if (!before.rows[0]) { await client.query("ROLLBACK"); return null; }
    const existingRoles = await client.query(
      "SELECT r.system_key FROM admin_user_roles aur JOIN roles r ON r.id = aur.role_id WHERE aur.admin_id = $1",
      [adminId]
    );
    const removingSuper = existingRoles.rows.some((r) => r.system_key === "super_admin") && (active === false || Array.isArray(roleIds));
    if (removingSuper && (await countActiveSuperAdmins(client)) <= 1) {
      const error = new Error("The last active super administrator cannot be disabled or demoted.");
      error.status = 409;
      throw error;
    }
    const sets = ["updated_by_admin_id = $2", "updated_at = NOW()"];
    const params = [adminId, actorId || null];
    if (active != null) { params.push(Boolean(active)); sets.push(`active = $${params.length}`); }
    if (passwordHash) { params.push(passwordHash); sets.push(`password_hash = $${params.length}`); }
    if (passwordHash || active === false) sets.push("auth_version = auth_version + 1");
    await client.query(`UPDATE admins SET ${sets.join(", ")} WHERE id = $1`, params);
    if (Array.isArray(roleIds)) {
      await client.query("DELETE FROM admin_user_roles WHERE admin_id = $1", [adminId]);
      for (const roleId of [...new Set(roleIds.map(Number))]) {
        await client.query("INSERT INTO admin_user_roles (admin_id, role_id) VALUES ($1, $2)", [adminId, roleId]);
      }
    }
    const after = await getAdminAuthorization(adminId, client);
    await auditRbac(client, actorId, "admin.update", adminId, before.rows[0], after);
    await client.query("COMMIT");
    return getAdminAuthorization(adminId);
  } catch (error) {
    try { await client.query("ROLLBACK"); } catch (_) { /* noop */ }
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { updateAdminUser, getAdminAuthorization };
