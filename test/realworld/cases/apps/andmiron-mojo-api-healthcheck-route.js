// Source: andmiron/mojo-api — routes/healthcheck.js at 7d87fed (the GET /healthcheck handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: beside its knex query builder the API checks a client out of @fastify/postgres's pg pool for the health probe and releases it only after `SELECT 1` succeeds; when the query rejects, the catch answers 500 and the client is never released
import fp from "fastify-plugin";

async function healthcheckRoute(fastify) {
  fastify.get("/healthcheck", {}, async (request, reply) => {
    try {
      const client = await fastify.pg.connect();
      await client.query("SELECT 1");
      client.release();
      await reply.send({ success: true, message: "API and database are ok" });
    } catch (err) {
      await reply.code(500).send({ status: "ERROR", message: err.message });
    }
  });
}

export default fp(healthcheckRoute);
