// Source: red2n/tartware — Apps/core-service/src/routes/users.ts (POST /v1/tenants/users), reduced by hand, not copied
// Label: safe
// Why: the pool comes from the service's db module, built by the workspace package `@tartware/config/db`; BEGIN, the lookups, the conflict `throw`, the inserts, COMMIT and the cache invalidation all run in a `try` that rolls back and rethrows, and the `finally` releases
import type { FastifyInstance } from "fastify";
import { pool } from "./db.js";
import { hashPassword, emitMembershipCacheInvalidation } from "./users-support.js";

export const registerUserRoutes = (app: FastifyInstance) => {
  app.post("/v1/tenants/users", async (request, reply) => {
    const data = request.body as { tenant_id: string; username: string; email: string; password: string; role: string };
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const existingUserResult = await client.query<{ id: string; username: string; email: string }>(
        "SELECT id, username, email FROM public.users WHERE (username = $1 OR email = $2) AND deleted_at IS NULL LIMIT 1",
        [data.username, data.email],
      );
      const existingUser = existingUserResult.rows[0];
      let userId = existingUser?.id ?? null;
      if (existingUser) {
        if (existingUser.username !== data.username || existingUser.email !== data.email) {
          throw request.server.httpErrors.conflict("USER_ALREADY_EXISTS");
        }
      } else {
        const passwordHash = await hashPassword(data.password);
        const userInsert = await client.query<{ id: string }>(
          "INSERT INTO users (tenant_id, username, email, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
          [data.tenant_id, data.username, data.email, passwordHash],
        );
        userId = userInsert.rows[0]?.id ?? null;
      }
      await client.query(
        "INSERT INTO user_tenant_associations (user_id, tenant_id, role, is_active) VALUES ($1, $2, $3, true)",
        [userId, data.tenant_id, data.role],
      );
      await client.query("COMMIT");
      await emitMembershipCacheInvalidation({ userId, reason: "TENANT_MEMBERSHIP_ADDED" });
      reply.status(201);
      return { id: userId, username: data.username, email: data.email };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  });
};
