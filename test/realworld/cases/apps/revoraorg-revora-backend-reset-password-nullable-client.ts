// Source: RevoraOrg/Revora-Backend — src/services/passwordResetService.ts (resetPassword), reduced by hand, not copied
// Label: safe
// Why: the checkout is the first statement of the try (into a `PoolClient | null`); the early returns and the catch's rethrow all pass the finally's `client?.release()`
import type { Pool, PoolClient } from "pg";
import { createHash } from "node:crypto";

export class PasswordResetService {
  constructor(private readonly db: Pool) {}

  private hashToken(token: string): string {
    return createHash("sha256").update(token).digest("hex");
  }

  async resetPassword(tokenRaw: string, passwordHash: string): Promise<boolean> {
    const tokenHash = this.hashToken(tokenRaw);
    let client: PoolClient | null = null;
    try {
      client = await this.db.connect();
      await client.query("BEGIN");
      const { rows } = await client.query("SELECT id, user_id, expires_at, used_at FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE", [tokenHash]);
      if (rows.length === 0) {
        await client.query("ROLLBACK");
        return false;
      }
      const row = rows[0] as { id: string; user_id: string; expires_at: Date; used_at: Date | null };
      if (row.used_at || new Date(row.expires_at) < new Date()) {
        await client.query("ROLLBACK");
        return false;
      }
      await client.query("UPDATE users SET password_hash = $1 WHERE id = $2", [passwordHash, row.user_id]);
      await client.query("UPDATE password_reset_tokens SET used_at = NOW() WHERE id = $1", [row.id]);
      await client.query("COMMIT");
      return true;
    } catch {
      if (client) {
        try {
          await client.query("ROLLBACK");
        } catch {}
      }
      throw new Error("Password reset failed");
    } finally {
      client?.release();
    }
  }
}
