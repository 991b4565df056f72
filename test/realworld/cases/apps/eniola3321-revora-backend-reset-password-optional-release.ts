// Source: Eniola3321/Revora-Backend — src/services/passwordResetService.ts (PasswordResetService.resetPassword), reduced by hand, not copied
// Label: safe
// Why: a nullable `let client` checked out inside the try; the early returns after ROLLBACK and the catch's rethrow all pass the finally's `client?.release()`
import type { Pool, PoolClient } from 'pg';
import { createHash } from 'node:crypto';

export class PasswordResetService {
  constructor(private db: Pool) {}

  async resetPassword(tokenRaw: string, passwordHash: string): Promise<boolean> {
    const tokenHash = createHash('sha256').update(tokenRaw).digest('hex');
    let client: PoolClient | null = null;
    try {
      client = await this.db.connect();
      await client.query('BEGIN');
      const { rows } = await client.query('SELECT id, user_id, used_at FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE', [tokenHash]);
      if (rows.length === 0 || rows[0].used_at) {
        await client.query('ROLLBACK');
        return false;
      }
      await client.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, rows[0].user_id]);
      await client.query('UPDATE password_reset_tokens SET used_at = NOW() WHERE id = $1', [rows[0].id]);
      await client.query('COMMIT');
      return true;
    } catch {
      if (client) {
        try {
          await client.query('ROLLBACK');
        } catch {}
      }
      throw new Error('Password reset failed');
    } finally {
      client?.release();
    }
  }
}
