// Source: dsupina/dprogres-cms — backend/src/services/OrganizationService.ts at 3f362185^ (createOrganization, before "fix(sf-005): add ROLLBACK on validation failures"), reduced by hand, not copied
// Label: safe
// Why: every path gives the client back through the finally; the validation returns leave the BEGIN open on it (what the fix added ROLLBACKs for: the next checkout gets a client inside a transaction), which is no leaked client
import { EventEmitter } from "events";
import { pool } from "./database";

interface CreateOrganizationInput {
  name: string;
  ownerId: number;
  logoUrl?: string;
}

export class OrganizationService extends EventEmitter {
  async createOrganization(input: CreateOrganizationInput) {
    const client = await pool.connect();

    try {
      await client.query("BEGIN");
      const { name, ownerId, logoUrl } = input;

      if (!name || name.trim().length === 0) {
        return { success: false, error: "Organization name is required" };
      }

      const { rows: users } = await client.query("SELECT id FROM users WHERE id = $1", [ownerId]);
      if (users.length === 0) {
        return { success: false, error: "Owner user not found" };
      }

      const {
        rows: [organization],
      } = await client.query("INSERT INTO organizations (name, owner_id, logo_url) VALUES ($1, $2, $3) RETURNING *", [
        name.trim(),
        ownerId,
        logoUrl || null,
      ]);
      await client.query("COMMIT");

      this.emit("organization:created", { organizationId: organization.id, ownerId });
      return { success: true, data: organization };
    } catch (error: any) {
      await client.query("ROLLBACK");
      return { success: false, error: error.message || "Failed to create organization" };
    } finally {
      client.release();
    }
  }
}
