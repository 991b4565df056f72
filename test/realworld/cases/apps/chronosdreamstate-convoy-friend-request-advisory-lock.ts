// Source: Chronosdreamstate/Convoy — apps/api/src/friends/friends.routes.ts at 0b8954c (POST /friends/request), reduced by hand, not copied
// Label: safe
// Why: a checkout from the decorated `fastify.db` pool takes a transaction-scoped advisory lock on the user pair; the early `return reply.conflict(…)` / `notFound(…)` answers after a ROLLBACK are inside the try, so the finally releases on every path
import type { FastifyInstance } from "fastify";

export async function friendsRoutes(fastify: FastifyInstance) {
  fastify.post("/friends/request", async (request, reply) => {
    const requesterId = (request.user as { sub: string }).sub;
    const { addresseeId } = request.body as { addresseeId: string };
    const [lo, hi] = [requesterId, addresseeId].sort();

    const client = await fastify.db.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`friendship:${lo}:${hi}`]);
      const existing = await client.query<{ status: string }>(
        "SELECT status FROM friendships WHERE (requester_id = $1 AND addressee_id = $2) OR (requester_id = $2 AND addressee_id = $1)",
        [requesterId, addresseeId],
      );
      if (existing.rows[0]) {
        await client.query("ROLLBACK");
        if (existing.rows[0].status === "accepted") return reply.conflict("You are already friends");
        return reply.forbidden("Unable to send friend request");
      }
      const addressee = await client.query<{ privacy: string }>("SELECT privacy FROM users WHERE id = $1", [addresseeId]);
      if (!addressee.rows[0]) {
        await client.query("ROLLBACK");
        return reply.notFound("User not found");
      }
      const status = addressee.rows[0].privacy === "open" ? "accepted" : "pending";
      const result = await client.query("INSERT INTO friendships (requester_id, addressee_id, status) VALUES ($1, $2, $3) RETURNING id", [requesterId, addresseeId, status]);
      await client.query("COMMIT");
      if (status === "pending") {
        fastify.enqueueNotification({ userId: addresseeId, data: { friendshipId: result.rows[0].id } })
          .catch((err: unknown) => fastify.log.error({ err }, "notify failed"));
      }
      return reply.status(201).send(result.rows[0]);
    } catch (err: unknown) {
      await client.query("ROLLBACK");
      if ((err as { code?: string }).code === "23505") return reply.conflict("A friend request already exists");
      throw err;
    } finally {
      client.release();
    }
  });
}
