// Source: LocalProtestOrg/advantage-auction-platform — src/services/passwordResetService.js at 8269411 (resetPassword), reduced by hand, not copied
// Label: safe
// Why: the reset checks out through the db module's `connect: () => pool.connect()`, locks the token row FOR UPDATE, ROLLBACKs and returns a code inside the try for unknown, used and expired tokens, and the finally releases on every path
"use strict";

const crypto = require("crypto");
const bcrypt = require("bcrypt");
const db = require("./db");

const MIN_PASSWORD_LEN = 8;

function hashToken(raw) {
  return crypto.createHash("sha256").update(String(raw)).digest("hex");
}

async function resetPassword(rawToken, newPassword) {
  if (!rawToken) return { ok: false, code: "INVALID_TOKEN" };
  if (!newPassword || String(newPassword).length < MIN_PASSWORD_LEN) {
    return { ok: false, code: "WEAK_PASSWORD" };
  }
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "SELECT id, user_id, expires_at, used_at FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE",
      [hashToken(rawToken)]
    );
    const t = rows[0];
    if (!t) { await client.query("ROLLBACK"); return { ok: false, code: "INVALID_TOKEN" }; }
    if (t.used_at) { await client.query("ROLLBACK"); return { ok: false, code: "TOKEN_USED" }; }
    if (new Date(t.expires_at).getTime() < Date.now()) {
      await client.query("ROLLBACK"); return { ok: false, code: "TOKEN_EXPIRED" };
    }
    const passwordHash = await bcrypt.hash(String(newPassword), 10);
    await client.query("UPDATE users SET password_hash = $1 WHERE id = $2", [passwordHash, t.user_id]);
    await client.query("UPDATE password_reset_tokens SET used_at = now() WHERE id = $1", [t.id]);
    await client.query("DELETE FROM password_reset_tokens WHERE user_id = $1 AND used_at IS NULL", [t.user_id]);
    await client.query("COMMIT");
    return { ok: true, userId: t.user_id };
  } catch (err) {
    try { await client.query("ROLLBACK"); } catch (_) { /* ignore */ }
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { resetPassword, hashToken };
