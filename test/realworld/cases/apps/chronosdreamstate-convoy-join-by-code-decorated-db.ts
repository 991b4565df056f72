// Source: Chronosdreamstate/Convoy — apps/api/src/groups/groups.routes.ts at 0b8954c (POST /groups/join), reduced by hand, not copied
// Label: safe
// Why: the join locks the group row on a `fastify.db` checkout (a pg Pool decorated by the db plugin); the two `return reply.gone(…)` after a ROLLBACK are inside the try whose finally releases; the member count is read on the pool after the release
import type { FastifyInstance } from "fastify";

export async function groupRoutes(fastify: FastifyInstance) {
  fastify.post("/groups/join", async (request, reply) => {
    const userId = (request.user as { sub: string }).sub;
    const { code } = request.body as { code: string };
    const group = await findGroupByCode(fastify, code);
    if (!group) return reply.notFound("Group not found");

    const client = await fastify.db.connect();
    try {
      await client.query("BEGIN");
      const lock = await client.query<{ status: string; join_code_active: boolean }>(
        "SELECT status, join_code_active FROM convoy_groups WHERE id = $1 FOR UPDATE",
        [group.id],
      );
      if (lock.rows[0]?.status !== "active") {
        await client.query("ROLLBACK");
        return reply.gone("This group has ended");
      }
      if (!lock.rows[0].join_code_active) {
        await client.query("ROLLBACK");
        return reply.gone("This join code has expired");
      }
      await client.query("INSERT INTO convoy_members (group_id, user_id) VALUES ($1, $2)", [group.id, userId]);
      await client.query("UPDATE convoy_groups SET last_activity_at = NOW() WHERE id = $1", [group.id]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }

    const count = await fastify.db.query<{ member_count: string }>("SELECT COUNT(*) AS member_count FROM convoy_members WHERE group_id = $1", [group.id]);
    return reply.status(200).send({ ...group, memberCount: Number(count.rows[0].member_count) });
  });
}

async function findGroupByCode(fastify: FastifyInstance, code: string) {
  const res = await fastify.db.query("SELECT * FROM convoy_groups WHERE join_code = $1", [code]);
  return res.rows[0] ?? null;
}
