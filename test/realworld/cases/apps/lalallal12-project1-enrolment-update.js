// Source: Lalallal12/project1 — bigHeadLMS/routes/enrolments/index.js (POST /), reduced by hand, not copied
// Label: leak
// Why: the client is checked out before the body is validated; the invalid-body branch answers 400 and returns without releasing it
module.exports = async function (fastify) {
  fastify.post("/", async function (request, reply) {
    const client = await fastify.pg.connect();
    if (!validate(request.body)) {
      reply.code(400).send("invalid body");
      return;
    }
    const classId = request.body.class_id;
    try {
      const { rows } = await client.query("UPDATE enrolment SET status = $1 WHERE class_id = $2 AND user_id = $3 RETURNING *", [
        request.body.status,
        classId,
        request.user_id,
      ]);
      reply.code(200).send(rows[0]);
    } finally {
      client.release();
    }
  });
};

function validate(body) {
  return Boolean(body && body.class_id && body.status);
}
