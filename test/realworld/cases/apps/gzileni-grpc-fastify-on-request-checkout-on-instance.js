// Source: gzileni/gRPC-fastify — routes/v1/autohooks.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an `onRequest` hook checks a client out of @fastify/postgres on every request and parks it on the shared fastify instance (`fastify.db`); nothing in the project reads or releases `fastify.db`, so each request keeps one client (and the next request overwrites the field)
module.exports = async function (fastify) {
  fastify.addHook("onRequest", async (request) => {
    fastify.resource = { name: "TimeReport API", url: request.url };
    if (request.query.page > 1) {
      fastify.resource.previous = `${request.url}?page=${Number(request.query.page) - 1}`;
    }
    fastify.db = await fastify.pg.connect();
  });
};
