// Source: fastify/fastify-postgres — README.md at 7638230^ (the async/await route example, before PR #130 "use try/finally to always release the client"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited query sits between `fastify.pg.connect()` and a release outside any finally; a failing query keeps the client
const fastify = require("fastify")();

fastify.register(require("@fastify/postgres"), {
  connectionString: "postgres://postgres@localhost/postgres",
});

fastify.get("/user/:id", async (req, reply) => {
  const client = await fastify.pg.connect();
  const { rows } = await client.query("SELECT id, username FROM users WHERE id=$1", [req.params.id]);
  client.release();
  return rows;
});

module.exports = fastify;
