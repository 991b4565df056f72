// Source: SanatanSuraj/mobilab_ERP — apps/api/src/modules/password-reset/service.ts at 72e2f2a (PasswordResetService.reset), reduced by hand, not copied
// Label: safe
// Why: the reset looks the token up on the pool, hashes the new password, then consumes the token and invalidates the identity's sessions in one transaction on a checkout of `this.deps.pool`, released in the finally
import bcrypt from "bcryptjs";
import type { FastifyRequest } from "fastify";
import type pg from "pg";
import { consumeTokenAndInvalidateSessions, findActiveTokenByHash } from "./repository.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { sha256 } from "../../crypto.js";

export class PasswordResetService {
  constructor(private readonly deps: { pool: pg.Pool }) {}

  async reset(req: FastifyRequest, input: { token: string; newPassword: string }): Promise<{ ok: true }> {
    const row = await findActiveTokenByHash(this.deps.pool, sha256(input.token));
    if (!row) {
      throw new NotFoundError("reset token is invalid or has expired");
    }
    if (input.newPassword.length < 10) {
      throw new ValidationError("password must be at least 10 characters");
    }
    const newHash = await bcrypt.hash(input.newPassword, 12);

    const client = await this.deps.pool.connect();
    try {
      await client.query("BEGIN");
      await consumeTokenAndInvalidateSessions(client, { tokenId: row.id, identityId: row.identity_id, passwordHash: newHash });
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    req.log.info({ identityId: row.identity_id }, "auth.password_reset.completed");
    return { ok: true };
  }
}
