// Source: JMaylor/chirper-fastify-api — routes/comment/index.js at b72be1f (POST / handler, "add post comment endpoint"; the same shape through 3272d2e), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler takes a client from fastify.pg and releases it after the INSERT without try/finally: a failing INSERT (unknown chirp id, foreign key) rejects past the release
"use strict";

module.exports = async function (fastify, opts) {
  fastify.route({
    method: "POST",
    url: "/",
    schema: {
      body: {
        type: "object",
        required: ["chirp_id", "body"],
        properties: { body: { type: "string" }, chirp_id: { type: "number" } },
      },
    },
    preValidation: fastify.authenticate,
    handler: async (req, reply) => {
      const client = await fastify.pg.connect();
      const { body, chirp_id } = req.body;
      const email = req.user["https://chirper.api/email"];

      const {
        rows: [comment],
      } = await client.query(
        `INSERT INTO chirp_comment(author_email, chirp, body) VALUES ($1, $2, $3) RETURNING created_at, comment_id, chirp, body;`,
        [email, chirp_id, body]
      );

      client.release();
      reply.status(201).send(comment);
    },
  });
};
