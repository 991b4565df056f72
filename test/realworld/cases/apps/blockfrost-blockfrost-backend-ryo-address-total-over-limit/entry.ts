// Source: blockfrost/blockfrost-backend-ryo — src/routes/addresses/address/total.ts (route handler), reduced by hand, not copied
// Label: safe
// Why: the client is given back through gracefulRelease before each early 404/400 return, after the totals query and in the catch; the over-limit pre-check (isOverTxOutLimit) only queries on it
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { getDbSync, gracefulRelease, isOverTxOutLimit } from "./database";

declare function handle400Custom(reply: FastifyReply, message: string): FastifyReply;
declare function handle404(reply: FastifyReply): FastifyReply;
declare function handleInvalidAddress(reply: FastifyReply): FastifyReply;
declare function paymentCredOf(address: string): { addressType: string | null; paymentCred: string };

export default async function route(fastify: FastifyInstance, limit: number) {
  fastify.route({
    url: "/addresses/:address/total",
    method: "GET",
    handler: async (request: FastifyRequest<{ Params: { address: string } }>, reply) => {
      const { addressType, paymentCred } = paymentCredOf(request.params.address);
      if (!addressType) {
        return handleInvalidAddress(reply);
      }

      const clientDbSync = await getDbSync(fastify);

      try {
        const found = await clientDbSync.query("SELECT 1 FROM tx_out WHERE address = $1 OR payment_cred = $2", [
          request.params.address,
          paymentCred,
        ]);
        if (found.rows.length === 0) {
          gracefulRelease(clientDbSync);
          return handle404(reply);
        }

        if (
          limit &&
          (await isOverTxOutLimit(clientDbSync, "SELECT count(*) > $3 AS over_limit FROM tx_out WHERE address = $1 OR payment_cred = $2", [request.params.address, paymentCred], limit))
        ) {
          gracefulRelease(clientDbSync);
          return handle400Custom(reply, "Address is too large to compute totals for.");
        }

        const { rows } = await clientDbSync.query("SELECT * FROM address_totals($1, $2)", [request.params.address, paymentCred]);

        gracefulRelease(clientDbSync);

        return reply.send({
          address: rows[0].address,
          received_sum: rows[0].received_amount ?? [],
          sent_sum: rows[0].sent_amount ?? [],
          tx_count: rows[0].tx_count,
        });
      } catch (error) {
        gracefulRelease(clientDbSync);
        throw error;
      }
    },
  });
}
