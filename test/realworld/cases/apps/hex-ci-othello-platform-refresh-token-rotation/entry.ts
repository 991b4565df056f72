// Source: hex-ci/othello-platform — apps/server/src/services/auth-service.ts at 834065b (createAuthService().refresh), reduced by hand, not copied
// Label: safe
// Why: the refresh-token rotation claims the old token with UPDATE … RETURNING inside the try; on a failed claim it rolls back, revokes the token family through the pool (outside the transaction) and throws, and every throw and the return pass through the finally's `client.release()`
import type { FastifyInstance } from "fastify";
import { randomBytes, createHash } from "node:crypto";
import { pool, query } from "./db/pool.js";

class AppError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

const REFRESH_TTL_SECONDS = 30 * 24 * 3600;
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function createAuthService(app: FastifyInstance & { jwt: { sign(p: object): string } }) {
  return {
    async refresh(rawRefreshToken: string): Promise<{ token: string; refreshToken: string }> {
      const hash = sha256(rawRefreshToken);
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const claimed = await client.query(
          "UPDATE refresh_tokens SET revoked = true WHERE token_hash = $1 AND revoked = false AND expires_at > now() RETURNING user_id, family_id",
          [hash],
        );
        if (claimed.rowCount === 0) {
          const reuseCheck = await client.query("SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND revoked = true", [hash]);
          await client.query("ROLLBACK");
          if (reuseCheck.rowCount && reuseCheck.rowCount > 0) {
            const familyId = reuseCheck.rows[0].family_id as string;
            await query("UPDATE refresh_tokens SET revoked = true WHERE family_id = $1 AND revoked = false", [familyId]);
            app.log.warn({ familyId }, "Refresh token reuse detected, revoking entire family");
          }
          throw new AppError("AUTH_REQUIRED", "refresh token invalid or expired", 401);
        }
        const userId = Number(claimed.rows[0].user_id);
        const familyId = claimed.rows[0].family_id as string;
        const userRes = await client.query("SELECT username FROM users WHERE id = $1", [userId]);
        const username = (userRes.rows[0] as { username: string } | undefined)?.username;
        if (!username) {
          await client.query("ROLLBACK");
          throw new AppError("AUTH_REQUIRED", "user not found", 401);
        }
        const newRaw = randomBytes(32).toString("hex");
        const expiresAt = new Date(Date.now() + REFRESH_TTL_SECONDS * 1000);
        await client.query("INSERT INTO refresh_tokens (user_id, token_hash, expires_at, family_id) VALUES ($1, $2, $3, $4)", [userId, sha256(newRaw), expiresAt, familyId]);
        await client.query("COMMIT");
        const token = app.jwt.sign({ userId, username });
        return { token, refreshToken: newRaw };
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
  };
}
