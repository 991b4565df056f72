// Source: blockfrost/blockfrost-backend-ryo — src/routes/blocks/latest/index.ts (route handler), reduced by hand, not copied
// Label: safe
// Why: the client goes back through gracefulRelease right after the one query, and again in the catch when the query throws
import type { FastifyInstance, FastifyReply } from "fastify";
import { getDbSync, gracefulRelease } from "./database";

declare function handle404(reply: FastifyReply): FastifyReply;

export default async function route(fastify: FastifyInstance) {
  fastify.route({
    url: "/blocks/latest",
    method: "GET",
    handler: async (_request, reply) => {
      const clientDbSync = await getDbSync(fastify);

      try {
        const { rows } = await clientDbSync.query("SELECT * FROM block ORDER BY id DESC LIMIT 1");

        gracefulRelease(clientDbSync);

        const row = rows[0];
        if (!row) {
          return handle404(reply);
        }
        return reply.send({ ...row, next_block: null, confirmations: 0 });
      } catch (error) {
        gracefulRelease(clientDbSync);
        throw error;
      }
    },
  });
}
