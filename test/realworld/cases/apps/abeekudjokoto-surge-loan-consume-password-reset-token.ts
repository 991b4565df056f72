// Source: AbeekuDjokoto/Surge-Loan-Activity-Log — src/db/passwordResetQueries.ts at 425b174 (consumePasswordResetToken), reduced by hand, not copied
// Label: safe
// Why: a single-use reset token is locked FOR UPDATE; an unknown or expired one ROLLBACKs and returns inside the try, the password update, token marking and clean-up COMMIT, and the finally releases on every path
import { pool } from "./pool";
import { hashPasswordResetToken } from "../lib/passwordResetToken";

export type ConsumeResult = { ok: true; userId: string } | { ok: false; reason: "invalid_or_expired" };

export async function consumePasswordResetToken(params: { rawToken: string; passwordHash: string }): Promise<ConsumeResult> {
  const tokenHash = hashPasswordResetToken(params.rawToken);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const sel = await client.query<{ id: string; user_id: string }>(
      "SELECT id, user_id FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE",
      [tokenHash]
    );
    const row = sel.rows[0];
    if (!row) {
      await client.query("ROLLBACK");
      return { ok: false, reason: "invalid_or_expired" };
    }
    await client.query("UPDATE users SET password_hash = $1 WHERE id = $2::uuid", [params.passwordHash, row.user_id]);
    await client.query("UPDATE password_reset_tokens SET used_at = now() WHERE id = $1::uuid", [row.id]);
    await client.query(
      "DELETE FROM password_reset_tokens WHERE user_id = $1::uuid AND used_at IS NULL AND id <> $2::uuid",
      [row.user_id, row.id]
    );
    await client.query("COMMIT");
    return { ok: true, userId: row.user_id };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
