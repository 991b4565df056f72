// Source: blockfrost/blockfrost-backend-ryo — src/routes/accounts/stake-address/index.ts (route handler), reduced by hand, not copied
// Label: safe
// Why: every path gives the db-sync client back through the module's gracefulRelease (before the 400, after the query, in the catch); a second release after a throw past the first is caught and logged inside gracefulRelease
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { getDbSync, gracefulRelease } from "./database";

declare function validateStakeAddress(address: string): boolean;
declare function handle400Custom(reply: FastifyReply, message: string): FastifyReply;
declare function handle404(reply: FastifyReply): FastifyReply;
declare function drepToCip129(row: { drep_id: string; drep_id_has_script: boolean }): { id: string };

export default async function route(fastify: FastifyInstance) {
  fastify.route({
    url: "/accounts/:stake_address",
    method: "GET",
    handler: async (request: FastifyRequest<{ Params: { stake_address: string } }>, reply) => {
      const clientDbSync = await getDbSync(fastify);

      try {
        if (!validateStakeAddress(request.params.stake_address)) {
          gracefulRelease(clientDbSync);
          return handle400Custom(reply, "Invalid or malformed stake address format.");
        }

        const { rows } = await clientDbSync.query("SELECT * FROM account_view WHERE stake_address = $1", [
          request.params.stake_address,
        ]);

        gracefulRelease(clientDbSync);

        if (rows.length === 0) {
          return handle404(reply);
        }

        const row = rows[0];
        if (row.drep_id) {
          row.drep_id = drepToCip129(row).id;
        }
        return reply.send(row);
      } catch (error) {
        gracefulRelease(clientDbSync);
        throw error;
      }
    },
  });
}
