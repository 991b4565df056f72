// Source: fastify/fastify-postgres — README.md at 7638230 (the async/await route example, as changed by PR #130), reduced by hand, not copied
// Label: safe
// Why: the query and the return run in a try whose finally releases
const fastify = require("fastify")();

fastify.register(require("@fastify/postgres"), {
  connectionString: "postgres://postgres@localhost/postgres",
});

fastify.get("/user/:id", async (req, reply) => {
  const client = await fastify.pg.connect();
  try {
    const { rows } = await client.query("SELECT id, username FROM users WHERE id=$1", [req.params.id]);
    return rows;
  } finally {
    client.release();
  }
});

module.exports = fastify;
