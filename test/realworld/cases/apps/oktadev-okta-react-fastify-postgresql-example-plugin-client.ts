// Source: oktadev/okta-react-fastify-postgresql-example — packages/api/routes/facilities.ts (facilitiesRoutes), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the plugin checks out one client when it registers and only the route closures use it; nothing ever releases it, so a pool connection stays pinned (and one more each time the plugin registers)
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

interface IFacility {
  id: bigint;
  Facility: string;
  Visited: boolean;
}

async function facilitiesRoutes(fastify: FastifyInstance) {
  const client = await fastify.pg.connect();

  fastify.get("/facilities", async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const { rows } = await client.query("SELECT * FROM facilities");
      if (rows.length == 0) throw new Error("No facilities found");
      const facilities: IFacility[] = rows;
      reply.code(200).send([...facilities]);
    } catch (error) {
      throw new Error((error as Error).message);
    }
  });

  fastify.patch("/facilities/:id", async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const { rows } = await client.query("UPDATE facilities SET \"Visited\" = NOT \"Visited\" WHERE id = $1 RETURNING *", [
      request.params.id,
    ]);
    reply.code(200).send(rows[0]);
  });
}

export default facilitiesRoutes;
