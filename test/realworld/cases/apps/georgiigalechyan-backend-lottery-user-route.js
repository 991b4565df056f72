// Source: GeorgiiGalechyan/backend-lottery — src/routes/example.js at 9b9eed8 (GET /user/:id), reduced by hand, not copied
// Label: safe
// Why: `fastify.pg.connect()` (the @fastify/postgres decorator); the query is in try and finally releases
module.exports = async function (fastify) {
  fastify.get("/user/:id", async (req, reply) => {
    const client = await fastify.pg.connect();
    try {
      const { rows } = await client.query("SELECT id, username FROM users WHERE id = $1", [req.params.id]);
      return rows;
    } finally {
      client.release();
    }
  });
};
