// Source: habeel/planner-api — src/services/authService.ts at cd59cc6 (AuthService.resetPassword), reduced by hand, not copied
// Label: safe
// Why: the token lookup runs on `this.fastify.db.query` before any checkout; the checkout from the decorated pool runs the three UPDATE/DELETE statements in a try whose finally releases, and the success result is returned after it
import type { FastifyInstance } from "fastify";

export class AuthService {
  constructor(private fastify: FastifyInstance) {}

  async resetPassword(token: string, newPassword: string): Promise<{ success: boolean; error?: string }> {
    const tokenResult = await this.fastify.db.query("SELECT prt.* FROM password_reset_tokens prt WHERE prt.token = $1 AND prt.used_at IS NULL", [token]);
    const tokenRow = tokenResult.rows[0];
    if (!tokenRow) {
      return { success: false, error: "Invalid or expired reset token" };
    }
    const passwordHash = await hashPassword(newPassword);

    const client = await this.fastify.db.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE users SET password_hash = $1 WHERE id = $2", [passwordHash, tokenRow.user_id]);
      await client.query("UPDATE password_reset_tokens SET used_at = NOW() WHERE id = $1", [tokenRow.id]);
      await client.query("DELETE FROM refresh_tokens WHERE user_id = $1", [tokenRow.user_id]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }

    return { success: true };
  }
}

declare function hashPassword(password: string): Promise<string>;
