// Source: habeel/planner-api — src/services/invitationService.ts at cd59cc6 (InvitationService.acceptInvitation), reduced by hand, not copied
// Label: safe
// Why: the expiry checks return before the checkout; on the `this.fastify.db` checkout the accept, the organization role and a workspace role chosen by an if/else run in the try, `return { success: true }` is inside it, and the finally releases
import type { FastifyInstance } from "fastify";

export class InvitationService {
  constructor(private fastify: FastifyInstance) {}

  async acceptInvitation(token: string, userId: string) {
    const res = await this.fastify.db.query("SELECT * FROM invitations WHERE token = $1", [token]);
    const invitation = res.rows[0];
    if (!invitation) return { success: false, error: "Invitation not found" };
    if (new Date(invitation.expires_at) < new Date()) return { success: false, error: "Invitation has expired" };

    const client = await this.fastify.db.connect();

    try {
      await client.query("BEGIN");
      await client.query("UPDATE invitations SET accepted_at = NOW() WHERE id = $1", [invitation.id]);
      await client.query("INSERT INTO user_organization_roles (organization_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (organization_id, user_id) DO UPDATE SET role = $3", [invitation.organization_id, userId, invitation.role]);
      if (invitation.workspace_id && invitation.workspace_role) {
        await client.query("INSERT INTO user_workspace_roles (workspace_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [invitation.workspace_id, userId, invitation.workspace_role]);
      } else {
        await client.query("INSERT INTO user_workspace_roles (workspace_id, user_id, role) SELECT w.id, $2, 'DEVELOPER' FROM workspaces w WHERE w.organization_id = $1 ON CONFLICT DO NOTHING", [invitation.organization_id, userId]);
      }
      await client.query("COMMIT");
      return { success: true };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
