// Source: VitaliiHordiichuk/autohub — src/services/PasswordResetService.js (PasswordResetService.requestReset), reduced by hand, not copied
// Label: safe
// Why: only a `let emailPayload = null` lies between the checkout and the try; the payload set inside the transaction is mailed after the finally has released the client
import crypto from "crypto";
import { pool } from "../config/db.js";
import { sendResetEmailSafely } from "./MailService.js";

export const PasswordResetService = {
  async requestReset({ identifier, ipAddress }) {
    const identifierHash = crypto.createHash("sha256").update(identifier || "empty").digest("hex");
    const client = await pool.connect();
    let emailPayload = null;

    try {
      await client.query("BEGIN");
      const recent = await client.query("SELECT COUNT(*) AS n FROM password_reset_requests WHERE identifier_hash = $1", [identifierHash]);
      if (Number(recent.rows[0]?.n || 0) < 5) {
        await client.query("INSERT INTO password_reset_requests(identifier_hash, ip) VALUES($1, $2)", [identifierHash, ipAddress]);
        const customer = await client.query("SELECT user_id, email FROM customers WHERE email = $1", [identifier]);
        if (customer.rows[0]) {
          const token = crypto.randomBytes(32).toString("hex");
          await client.query("INSERT INTO password_reset_tokens(user_id, token_hash) VALUES($1, $2)", [customer.rows[0].user_id, token]);
          emailPayload = { to: customer.rows[0].email, resetUrl: `/reset-password?token=${encodeURIComponent(token)}` };
        }
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }

    if (emailPayload) await sendResetEmailSafely(emailPayload);

    return { success: true };
  },
};
