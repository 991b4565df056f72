// Source: AlbertoVolpato/info22-23 — social_network/server/routes/post.js at 6b09058 (GET /posts), reduced by hand, not copied
// Label: safe
// Why: `fastify.pg.connect(onConnect)` with a named callback: a connect error returns before a client exists, and onResult releases first
module.exports = async function (fastify) {
  fastify.get("/posts", (req, reply) => {
    fastify.pg.connect(onConnect);

    function onConnect(err, client, release) {
      if (err) return reply.send(err);
      client.query("SELECT * FROM posts", function onResult(queryError, result) {
        release();
        reply.send(queryError || result);
      });
    }
  });
};
