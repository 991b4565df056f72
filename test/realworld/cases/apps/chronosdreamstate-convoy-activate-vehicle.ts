// Source: Chronosdreamstate/Convoy — apps/api/src/vehicles/vehicles.routes.ts at 0b8954c (POST /vehicles/:id/activate), reduced by hand, not copied
// Label: safe
// Why: the route's `fastify.db` checkout runs the ownership check (an early `return reply.notFound` after ROLLBACK) and the two UPDATEs in the try and returns the reply from inside it; the finally releases
import type { FastifyInstance } from "fastify";

export async function vehicleRoutes(fastify: FastifyInstance) {
  fastify.post("/vehicles/:id/activate", async (request, reply) => {
    const userId = (request.user as { sub: string }).sub;
    const { id } = request.params as { id: string };

    const client = await fastify.db.connect();
    try {
      await client.query("BEGIN");
      const check = await client.query<{ id: string }>("SELECT id FROM vehicles WHERE id = $1 AND user_id = $2", [id, userId]);
      if (!check.rows[0]) {
        await client.query("ROLLBACK");
        return reply.notFound("Vehicle not found");
      }
      await client.query("UPDATE vehicles SET is_active = false WHERE user_id = $1", [userId]);
      const result = await client.query("UPDATE vehicles SET is_active = true WHERE id = $1 RETURNING *", [id]);
      await client.query("COMMIT");
      return reply.send(result.rows[0]);
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  });
}
