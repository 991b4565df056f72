// Source: azbers/cyberNexcus — backend/src/auth/middleware.ts at 594ce93 (createAuthMiddleware's authMiddleware), reduced by hand, not copied
// Label: safe
// Why: the access-token middleware loads the session's auth context on a test's transaction when given one, else on a fresh checkout, and its finally releases only the checkout (`if (!options.txOverride)`); every 401/403 return passes through it
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Pool, PoolClient } from "pg";

interface Claims { userId: string; sessionId: string; tokenVersion: number }
interface SessionContext { user_id: string; revoked_at: Date | null; user_token_version: number; user_role: string }
interface MiddlewareOptions {
  pool: Pool;
  txOverride?: PoolClient;
  jwtSecret: string;
  repository: { findSessionAuthContext(client: PoolClient, sessionId: string): Promise<SessionContext | null> };
}
type AuthenticatedRequest = Request & { auth?: Claims };

declare function verifyToken(token: string, secret: string): Claims | null;
declare function unauthorized(response: Response): void;
declare function forbidden(response: Response): void;

export function createAuthMiddleware(options: MiddlewareOptions) {
  return function requireAuth(action: string): RequestHandler {
    return async function authMiddleware(request: AuthenticatedRequest, response: Response, next: NextFunction): Promise<void> {
      const header = request.header("authorization");
      const accessToken = header && header.startsWith("Bearer ") ? header.slice(7).trim() : null;
      if (!accessToken) {
        unauthorized(response);
        return;
      }
      const claims = verifyToken(accessToken, options.jwtSecret);
      if (!claims) {
        unauthorized(response);
        return;
      }

      const client = options.txOverride ?? (await options.pool.connect());
      try {
        const context = await options.repository.findSessionAuthContext(client, claims.sessionId);
        if (!context || context.user_id !== claims.userId) {
          unauthorized(response);
          return;
        }
        if (context.user_token_version !== claims.tokenVersion || context.revoked_at) {
          unauthorized(response);
          return;
        }
        if (action === "ADMIN" && context.user_role !== "admin") {
          forbidden(response);
          return;
        }
        request.auth = claims;
        next();
      } catch (err) {
        next(err);
      } finally {
        if (!options.txOverride) {
          client.release();
        }
      }
    };
  };
}
