// Source: red2n/tartware — Apps/core-service/src/routes/system-tenants.ts at a2583469 (POST /v1/system/tenants/bootstrap), reduced by hand, not copied
// Label: safe
// Why: the pool comes from the service's db module, built by the workspace package `@tartware/config/db`; BEGIN, the tenant GUC, the tenant, owner, association and property inserts with their `throw`s, COMMIT, the admin audit log and the response all run in a `try` that rolls back and rethrows, and the `finally` releases
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { pool } from "./db.js";
import { hashPassword, logSystemAdminEvent } from "./system-support.js";

export const registerSystemTenantRoutes = (app: FastifyInstance & { withSystemAdminScope(opts: unknown): never }): void => {
  app.post("/v1/system/tenants/bootstrap", { preHandler: app.withSystemAdminScope({ minRole: "SYSTEM_ADMIN" }) }, async (request, reply) => {
    const adminContext = (request as unknown as { systemAdmin?: { adminId: string; sessionId: string } }).systemAdmin;
    if (!adminContext) {
      throw request.server.httpErrors.unauthorized("System admin authentication required");
    }
    const payload = request.body as {
      tenant: { name: string; slug: string; type: string; email: string };
      property: { property_name: string; property_code: string };
      owner: { username: string; email: string; password: string };
    };
    const tenantSlug = payload.tenant.slug.toLowerCase();
    const propertyCode = payload.property.property_code.toUpperCase();
    const passwordHash = await hashPassword(payload.owner.password);

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const newTenantId = randomUUID();
      await client.query("SELECT set_config('app.current_tenant_id', $1, true)", [newTenantId]);

      const tenantResult = await client.query<{ id: string; name: string; slug: string }>(
        "INSERT INTO tenants (id, tenant_id, name, slug, type, status, email, created_by) VALUES ($1, $1, $2, $3, $4, 'ACTIVE', $5, $6) RETURNING id, name, slug",
        [newTenantId, payload.tenant.name, tenantSlug, payload.tenant.type, payload.tenant.email, adminContext.adminId],
      );
      const tenant = tenantResult.rows[0];
      if (!tenant) {
        throw new Error("Failed to create tenant");
      }

      const userResult = await client.query<{ id: string; username: string; email: string }>(
        "INSERT INTO users (id, tenant_id, username, email, password_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, username, email",
        [randomUUID(), newTenantId, payload.owner.username, payload.owner.email, passwordHash, adminContext.adminId],
      );
      const owner = userResult.rows[0];
      if (!owner) {
        throw new Error("Failed to create owner user");
      }

      await client.query(
        "INSERT INTO user_tenant_associations (user_id, tenant_id, role, is_active, created_by) VALUES ($1, $2, 'OWNER', true, $3)",
        [owner.id, tenant.id, adminContext.adminId],
      );
      const propertyResult = await client.query<{ id: string; property_name: string; property_code: string }>(
        "INSERT INTO properties (tenant_id, property_name, property_code, created_by) VALUES ($1, $2, $3, $4) RETURNING id, property_name, property_code",
        [tenant.id, payload.property.property_name, propertyCode, adminContext.adminId],
      );
      const property = propertyResult.rows[0];
      if (!property) {
        throw new Error("Failed to create property");
      }

      await client.query("COMMIT");
      await logSystemAdminEvent({ adminId: adminContext.adminId, action: "TENANT_BOOTSTRAP", resourceId: tenant.id, sessionId: adminContext.sessionId });

      reply.status(201);
      return { tenant, property, owner, message: "Tenant bootstrapped successfully" };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  });
};
