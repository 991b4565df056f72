// Source: imrozsigma-droid/TEAMFLOW — src/routes/authRoutes.js at adc86eb (DELETE /me), reduced by hand, not copied
// Label: safe
// Why: account erasure revokes every refresh token and overwrites the user's PII in a transaction whose finally releases; the auth-event log and cookie clearing run after the release
const express = require("express");
const pool = require("../db/pool");
const { requireAuth } = require("../middleware/auth");
const { logAuthEvent } = require("../services/authLog");

const router = express.Router();

router.delete("/me", requireAuth, async (req, res) => {
  try {
    const { user_id, tenant_id, email } = req.context;
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE refresh_tokens SET revoked = true WHERE user_id = $1", [user_id]);
      await client.query(
        "UPDATE users SET email = 'erased-' || id || '@deleted.invalid', password_hash = 'ERASED', first_name = NULL, pin_hash = NULL, is_active = false, deleted_at = NOW() WHERE id = $1 AND tenant_id = $2",
        [user_id, tenant_id]
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
    logAuthEvent(req, "account_erased", { userId: user_id, tenantId: tenant_id, email });
    res.clearCookie("access_token");
    res.clearCookie("refresh_token", { path: "/auth/refresh" });
    res.json({ success: true });
  } catch (err) {
    res.status(500).json({ code: "SERVER_ERROR", message: err.message });
  }
});

module.exports = router;
