// Source: SanatanSuraj/mobilab_ERP — apps/api/src/modules/password-reset/service.ts at 72e2f2aa (PasswordResetService.forgot), reduced by hand, not copied
// Label: safe
// Why: the pool is the service's injected `deps.pool`; the token insert and `enqueueOutbox` of the workspace package `@instigenie/db` (which only queries on the client it is handed) run with BEGIN and COMMIT in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import crypto from "node:crypto";
import type { FastifyRequest } from "fastify";
import type pg from "pg";
import { enqueueOutbox } from "@instigenie/db";
import { countRecentRequests, findIdentityByEmail, insertToken } from "./repository.js";

const TOKEN_TTL_MIN = 60;
const RATE_LIMIT_MAX = 5;

function sha256(s: string): string {
  return crypto.createHash("sha256").update(s).digest("hex");
}

export interface PasswordResetServiceDeps {
  pool: pg.Pool;
  webOrigin: string;
  includeDevResetUrl: boolean;
}

export class PasswordResetService {
  constructor(private readonly deps: PasswordResetServiceDeps) {}

  async forgot(req: FastifyRequest, input: { email: string }): Promise<{ ok: true; devResetUrl?: string }> {
    const identity = await findIdentityByEmail(this.deps.pool, input.email);
    if (!identity) {
      return { ok: true };
    }
    if ((await countRecentRequests(this.deps.pool, identity.id, 1)) >= RATE_LIMIT_MAX) {
      return { ok: true };
    }

    const rawToken = crypto.randomBytes(32).toString("hex");
    const tokenHash = sha256(rawToken);
    const expiresAt = new Date(Date.now() + TOKEN_TTL_MIN * 60_000);

    const client = await this.deps.pool.connect();
    try {
      await client.query("BEGIN");
      const inserted = await insertToken(client, { identityId: identity.id, tokenHash, expiresAt, createdIp: req.ip ?? null });
      await enqueueOutbox(client, {
        aggregateType: "user_identity",
        aggregateId: identity.id,
        eventType: "user.password_reset.requested",
        payload: { tokenId: inserted.id, recipient: identity.email, rawToken, expiresAt: expiresAt.toISOString() },
        idempotencyKey: `user.password_reset.requested:${inserted.id}`,
      });
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }

    req.log.info({ identityId: identity.id }, "auth.password_reset.requested queued");
    const response: { ok: true; devResetUrl?: string } = { ok: true };
    if (this.deps.includeDevResetUrl) {
      const url = new URL("/auth/reset-password", this.deps.webOrigin);
      url.searchParams.set("token", rawToken);
      response.devResetUrl = url.toString();
    }
    return response;
  }
}
