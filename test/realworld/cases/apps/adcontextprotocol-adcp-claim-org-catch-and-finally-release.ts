// Source: adcontextprotocol/adcp — server/src/routes/organizations.ts at 4439b1871 (POST /:orgId/claim, added by #4134; the repository of PR #2066/#2144's pool-exhaustion fixes), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the catch rolls back, releases and returns 500, and the finally releases again: any failing query of the claim (the FOR UPDATE, the domain match, the member count, COMMIT) ends in a second release, which pg rejects with "Release called on client which has already been released to the pool."
import { Router } from "express";
import { getPool } from "../db/client";

declare const workos: { addMembership(userId: string, orgId: string, role: string): Promise<void> };
declare const logger: { error(o: unknown, m: string): void };

type Claim = { ok: true } | { ok: false; status: number; body: Record<string, unknown> };

export function createClaimRouter(): Router {
  const router = Router();

  router.post("/:orgId/claim", async (req, res) => {
    const orgId = req.params.orgId;
    const user = (req as any).user as { id: string; email: string };
    const userDomain = user.email.split("@")[1];

    const pool = getPool();
    const client = await pool.connect();

    let claimResult: Claim;
    try {
      await client.query("BEGIN");
      const orgRows = await client.query(
        "SELECT id, is_personal, subscription_status, email_domain FROM organizations WHERE id = $1 FOR UPDATE",
        [orgId],
      );
      if (orgRows.rows.length === 0) {
        await client.query("ROLLBACK");
        claimResult = { ok: false, status: 404, body: { error: "Organization not found" } };
      } else if (orgRows.rows[0].subscription_status) {
        await client.query("ROLLBACK");
        claimResult = { ok: false, status: 400, body: { error: "Not claimable" } };
      } else {
        const match = await client.query("SELECT LOWER($2) = LOWER(COALESCE($3, '')) AS matched FROM organizations WHERE id = $1", [
          orgId,
          userDomain,
          orgRows.rows[0].email_domain,
        ]);
        if (!match.rows[0]?.matched) {
          await client.query("ROLLBACK");
          claimResult = { ok: false, status: 403, body: { error: "Domain mismatch" } };
        } else {
          await workos.addMembership(user.id, orgId, "admin");
          await client.query("COMMIT");
          claimResult = { ok: true };
        }
      }
    } catch (lockErr) {
      await client.query("ROLLBACK").catch(() => {});
      logger.error({ err: lockErr, orgId, userId: user.id }, "Claim pre-validation failed");
      client.release();
      return res.status(500).json({ error: "Failed to validate claim" });
    } finally {
      client.release();
    }

    if (!claimResult.ok) {
      return res.status(claimResult.status).json(claimResult.body);
    }
    return res.json({ claimed: true });
  });

  return router;
}
