// Source: Lalallal12/project1 — bigHeadLMS/routes/classes/index.js (POST /), reduced by hand, not copied
// Label: safe
// Why: validation answers before the checkout; every branch after `fastify.pg.connect()` runs inside try/finally
const validate = require("../../model/classScheme")();

module.exports = async function (fastify) {
  fastify.post("/", async function (request, reply) {
    const body = request.body;
    if (!validate(body)) {
      reply.code(400).send("invalid");
      return;
    }

    const client = await fastify.pg.connect();
    try {
      const { rows } = await client.query("SELECT u.type FROM public.user u WHERE u.id = $1", [request.user_id]);
      if (rows[0]?.type === "PROFESSOR") {
        const inserted = await client.query("INSERT INTO public.class (name, user_id) VALUES ($1, $2) RETURNING *", [body.name, request.user_id]);
        if (inserted.rowCount > 0) {
          reply.code(201).send({ class: inserted.rows[0] });
        } else {
          reply.code(500).send("error");
        }
      } else {
        reply.code(401).send("professors only");
      }
    } finally {
      client.release();
    }
  });
};
