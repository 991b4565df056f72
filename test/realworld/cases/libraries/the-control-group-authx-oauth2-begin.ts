// Source: the-control-group/authx — packages/authx/src/oauth2.ts (the authorization_code grant of the token endpoint), reduced by hand, not copied
// Label: safe
// Why: `tx.query("BEGIN DEFERRABLE")` is not awaited, but every path then awaits a query on the same client (COMMIT, or ROLLBACK in the catch) before the finally releases, and pg runs a client's queries in order: the client never goes back mid-query (the dropped promise's rejection is unhandled)
import { Pool } from "pg";

import { DataLoaderExecutor, OAuthError, Grant } from "./model";

export async function oAuth2Token(ctx: any, pool: Pool, strategies: unknown): Promise<void> {
  const tx = await pool.connect();
  try {
    const executor = new DataLoaderExecutor(tx, strategies);
    const request = ctx.request.body;
    if (!request || typeof request !== "object") {
      throw new OAuthError("invalid_request", "The request body must be a JSON object.");
    }
    if (request.grant_type === "authorization_code") {
      try {
        tx.query("BEGIN DEFERRABLE");
        if (typeof request.code !== "string") {
          throw new OAuthError("invalid_request", "The request body must include `code`.");
        }
        const grant = await Grant.read(tx, request.code, { forUpdate: true });
        await Grant.write(tx, { ...grant, codes: [] });
        await tx.query("COMMIT");
        ctx.response.body = { access_token: grant.id };
      } catch (error) {
        await tx.query("ROLLBACK");
        throw error;
      }
    }
    void executor;
  } finally {
    tx.release();
  }
}
