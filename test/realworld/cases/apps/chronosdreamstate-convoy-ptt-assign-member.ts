// Source: Chronosdreamstate/Convoy — apps/api/src/ptt/ptt.routes.ts at 0b8954c (POST /groups/:id/channels/:channelId/members), reduced by hand, not copied
// Label: safe
// Why: the push-to-talk channel move runs BEGIN, the DELETE and the INSERT inside the try; the catch awaits ROLLBACK and rethrows, the finally releases, and only then does the route emit `ptt:channel_assigned` over socket.io
import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";

export async function pttRoutes(fastify: FastifyInstance & { io: { to(room: string): { emit(event: string, data: unknown): void } } }) {
  const pool: Pool = fastify.db;

  fastify.post("/groups/:id/channels/:channelId/members", async (request, reply) => {
    const { id, channelId } = request.params as { id: string; channelId: string };
    const { userId: targetUserId } = request.body as { userId: string };

    const member = await pool.query(
      "SELECT 1 FROM convoy_members WHERE group_id = $1 AND user_id = $2 AND left_at IS NULL",
      [id, targetUserId],
    );
    if ((member.rowCount ?? 0) === 0) {
      return reply.notFound("User is not an active member of this group");
    }

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `DELETE FROM ptt_channel_members WHERE user_id = $1 AND channel_id IN (SELECT id FROM ptt_channels WHERE group_id = $2)`,
        [targetUserId, id],
      );
      await client.query(
        `INSERT INTO ptt_channel_members (channel_id, user_id) VALUES ($1, $2) ON CONFLICT (channel_id, user_id) DO NOTHING`,
        [channelId, targetUserId],
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }

    fastify.io.to(`user:${targetUserId}`).emit("ptt:channel_assigned", { groupId: id, channelId });
    return reply.code(200).send({ channelId, userId: targetUserId });
  });
}
