// Source: constructive-io/constructive — graphql/server/src/middleware/oauth.ts at de1f282c2^ (the /:provider/callback route, before "fix(oauth): remove double dbClient.release() in catch block"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the sign-up-disabled and unverified-email branches release the client and return from inside the try, then the finally releases it again: pg throws "Release called on client which has already been released"
import type { Request, Response, Router } from "express";
import type { Pool } from "pg";

export function addCallbackRoute(router: Router, pool: Pool, opts: { allowSignup: boolean; requireVerifiedEmail: boolean }) {
  router.get("/:provider/callback", async (req: Request, res: Response) => {
    const { provider } = req.params;
    try {
      const profile = await exchangeCode(provider, String(req.query.code));
      const dbClient = await pool.connect();
      let result: { access_token?: string };
      try {
        await dbClient.query("SELECT set_config('jwt.claims.user_agent', $1, false)", [req.get("user-agent") || ""]);
        try {
          const signIn = await dbClient.query("SELECT * FROM private.sign_in_identity($1, $2)", [provider, profile.id]);
          result = signIn.rows[0] || {};
        } catch (err: any) {
          if (!String(err.message).includes("IDENTITY_ACCOUNT_NOT_FOUND")) {
            throw err;
          }
          if (!opts.allowSignup) {
            dbClient.release();
            return res.redirect("/auth/error?error=SIGNUP_DISABLED");
          }
          if (opts.requireVerifiedEmail && !profile.emailVerified) {
            dbClient.release();
            return res.redirect("/auth/error?error=EMAIL_NOT_VERIFIED");
          }
          const signUp = await dbClient.query("SELECT * FROM private.sign_up_identity($1, $2)", [provider, profile.id]);
          result = signUp.rows[0] || {};
        }
      } finally {
        dbClient.release();
      }
      if (!result.access_token) {
        throw new Error("no access token");
      }
      return res.redirect("/");
    } catch (error) {
      return res.redirect("/auth/error?error=CALLBACK_FAILED");
    }
  });
}

declare function exchangeCode(provider: string, code: string): Promise<{ id: string; emailVerified: boolean }>;
