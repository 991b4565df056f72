// Source: Chronosdreamstate/Convoy — apps/api/src/account/account.routes.ts at 0b8954c (DELETE /account), reduced by hand, not copied
// Label: safe
// Why: the checkout comes from `fastify.db`, a pg Pool decorated by another plugin; the account purge (admin hand-off loop, deletes) runs in a try whose catch awaits ROLLBACK and rethrows and whose finally releases; the Redis clean-up runs after it
import type { FastifyInstance } from "fastify";

export async function accountRoutes(fastify: FastifyInstance) {
  fastify.delete("/account", async (request, reply) => {
    const userId = (request.user as { sub: string }).sub;

    const client = await fastify.db.connect();
    try {
      await client.query("BEGIN");
      const owned = await client.query<{ id: string }>("SELECT id FROM convoy_groups WHERE admin_id = $1", [userId]);
      for (const { id: groupId } of owned.rows) {
        const next = await client.query<{ user_id: string }>(
          "SELECT user_id FROM convoy_members WHERE group_id = $1 AND user_id != $2 ORDER BY joined_at LIMIT 1",
          [groupId, userId],
        );
        if (next.rows[0]) {
          await client.query("UPDATE convoy_groups SET admin_id = $1 WHERE id = $2", [next.rows[0].user_id, groupId]);
        } else {
          await client.query("DELETE FROM convoy_groups WHERE id = $1", [groupId]);
          fastify.io.to(`group:${groupId}`).emit("group:ended", { groupId });
          fastify.redis.del(`group:${groupId}:started_at`).catch(() => {});
        }
      }
      await client.query("DELETE FROM hazard_votes WHERE user_id = $1", [userId]);
      await client.query("DELETE FROM users WHERE id = $1", [userId]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }

    await fastify.redis.del(`rtk:${userId}`);
    return reply.status(204).send();
  });
}
