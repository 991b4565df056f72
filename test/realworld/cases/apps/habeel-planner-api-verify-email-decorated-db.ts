// Source: habeel/planner-api — src/services/authService.ts at cd59cc6 (AuthService.verifyEmail), reduced by hand, not copied
// Label: safe
// Why: the token is looked up on the pool and the early `return { success: false }` comes before the checkout; the `this.fastify.db` checkout runs two UPDATEs between BEGIN and COMMIT in a try whose finally releases
import type { FastifyInstance } from "fastify";

export class AuthService {
  constructor(private fastify: FastifyInstance) {}

  async verifyEmail(token: string): Promise<{ success: boolean; error?: string }> {
    const found = await this.fastify.db.query("SELECT * FROM email_verification_tokens WHERE token = $1 AND verified_at IS NULL AND expires_at > NOW()", [token]);
    const tokenRow = found.rows[0];
    if (!tokenRow) {
      return { success: false, error: "Invalid or expired verification token" };
    }

    const client = await this.fastify.db.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE users SET email_verified = true WHERE id = $1", [tokenRow.user_id]);
      await client.query("UPDATE email_verification_tokens SET verified_at = NOW() WHERE id = $1", [tokenRow.id]);
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
