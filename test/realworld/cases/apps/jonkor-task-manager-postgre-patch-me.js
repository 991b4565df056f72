// Source: Jonkor/task-manager-Postgre — src/routes/route.js (PATCH /users/me), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an invalid update field returns 400 after the checkout and before the `try` whose finally releases: each bad request keeps a client
export default async function routes(fastify) {
  await fastify.patch("/users/me", { onRequest: [fastify.authenticate] }, async (req, reply) => {
    const client = await fastify.pg.connect();

    const updates = Object.keys(req.body);
    const allowed = ["name", "email", "age", "password"];
    if (!updates.every((field) => allowed.includes(field))) {
      return reply.status(400).send({ error: "Invalid update" });
    }

    try {
      const { name, email } = req.body;
      const { rows } = await client.query(
        "UPDATE users SET name = COALESCE($1, name), email = COALESCE($2, email) WHERE id = $3 RETURNING name, email",
        [name, email, req.user.id],
      );
      reply.code(204);
      return rows;
    } catch (error) {
      throw new Error(error);
    } finally {
      client.release();
    }
  });
}
