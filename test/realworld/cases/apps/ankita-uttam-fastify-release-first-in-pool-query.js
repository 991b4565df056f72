// Source: Ankita-Uttam/fastify — fastify-api/src/api/userRegistration.js (GET /users), reduced by hand, not copied
// Label: safe
// Why: the named callback returns on a failed checkout before any client exists; otherwise the query (sent through the pool, not the client) calls release() first thing in its callback
const registrationApi = async (fastify, options) => {
  fastify.get("/users", (req, reply) => {
    fastify.pg.connect(onConnect);

    function onConnect(err, client, release) {
      if (err) return reply.send(err);

      fastify.pg.query("SELECT * FROM register_details", function onResult(err, result) {
        release();
        const { rows } = result;
        reply.send(err || rows);
      });
    }
  });
};

module.exports = registrationApi;
