// Source: adcontextprotocol/adcp — server/src/routes/organizations.ts at c72947e92 ("fix: DB connection leak, org-merge race condition, …": manual releases replaced by a finally), reduced by hand, not copied
// Label: safe
// Why: the hand-written releases are gone; ROLLBACK or COMMIT runs inside the try, the catch only rolls back and rethrows, and the finally releases once on every exit, the 409 and 200 answers included
import { Router } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

declare const workos: { addMembership(userId: string, orgId: string): Promise<void> };
declare const emailPrefs: { setMarketingOptIn(userId: string, optIn: boolean): Promise<void> };
declare const logger: { info(o: unknown, m: string): void; error(o: unknown, m: string): void };

export function createOrganizationsRouter(): Router {
  const router = Router();

  router.post("/", async (req, res) => {
    const user = (req as any).user as { id: string; email: string };
    const verifiedDomain = String(req.body.domain ?? "").toLowerCase();
    const optIn = req.body.marketing_opt_in;

    if (verifiedDomain) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const found = await client.query(
          "SELECT o.id, o.name, o.subscription_status FROM organization_domains d JOIN organizations o ON o.id = d.org_id WHERE d.domain = $1 FOR UPDATE OF o",
          [verifiedDomain],
        );

        if (found.rows.length > 0) {
          const existing = found.rows[0];
          if (existing.subscription_status) {
            await client.query("ROLLBACK");
            return res.status(409).json({ error: "Organization exists", existing_org_id: existing.id });
          }

          await workos.addMembership(user.id, existing.id);
          await client.query("UPDATE organizations SET prospect_status = 'joined' WHERE id = $1", [existing.id]);
          await client.query("COMMIT");

          if (typeof optIn === "boolean") {
            try {
              await emailPrefs.setMarketingOptIn(user.id, optIn);
            } catch (err) {
              logger.error({ err, userId: user.id }, "Failed to record marketing opt-in");
            }
          }

          return res.status(200).json({ id: existing.id, name: existing.name, adopted: true });
        }

        await client.query("ROLLBACK");
      } catch (adoptError) {
        await client.query("ROLLBACK").catch(() => {});
        throw adoptError;
      } finally {
        client.release();
      }
    }

    logger.info({ verifiedDomain }, "Creating organization");
    return res.status(201).json({ created: true });
  });

  return router;
}
