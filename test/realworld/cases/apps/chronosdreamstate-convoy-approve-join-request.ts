// Source: Chronosdreamstate/Convoy — apps/api/src/groups/joinRequests.routes.ts at 0b8954c (POST /groups/:id/join-requests/:requestId/approve), reduced by hand, not copied
// Label: safe
// Why: inside a route handler's `if (action === 'approve')` branch, the `fastify.db` checkout locks the request row; both early returns after ROLLBACK are in the try, the finally releases, and the notification is sent after it with its rejection caught
import type { FastifyInstance } from "fastify";

export async function joinRequestRoutes(fastify: FastifyInstance) {
  fastify.post("/groups/:id/join-requests/:requestId/:action", async (request, reply) => {
    const { id: groupId, requestId, action } = request.params as { id: string; requestId: string; action: string };
    if (action === "approve") {
      const client = await fastify.db.connect();
      let requesterId: string;
      try {
        await client.query("BEGIN");
        const req = await client.query<{ user_id: string; status: string }>(
          "SELECT user_id, status FROM join_requests WHERE id = $1 AND group_id = $2 FOR UPDATE",
          [requestId, groupId],
        );
        if (!req.rows[0]) {
          await client.query("ROLLBACK");
          return reply.notFound("Join request not found");
        }
        if (req.rows[0].status !== "pending") {
          await client.query("ROLLBACK");
          return reply.conflict("This request has already been resolved");
        }
        requesterId = req.rows[0].user_id;
        await client.query("UPDATE join_requests SET status = 'approved' WHERE id = $1", [requestId]);
        await client.query("INSERT INTO convoy_members (group_id, user_id) VALUES ($1, $2)", [groupId, requesterId]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      } finally {
        client.release();
      }
      fastify.enqueueNotification({ userId: requesterId, type: "join_request_approved" })
        .catch((err: unknown) => fastify.log.error({ err }, "notify failed"));
      return reply.send({ status: "approved" });
    }
    return reply.badRequest("Unknown action");
  });
}
