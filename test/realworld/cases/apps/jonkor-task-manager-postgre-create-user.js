// Source: Jonkor/task-manager-Postgre — src/routes/route.js (POST /users), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out before the awaited bcrypt hash and JWT signing; when either rejects, the handler leaves before the `try` whose finally releases
export default async function routes(fastify) {
  await fastify.post("/users", async (req, reply) => {
    const client = await fastify.pg.connect();
    const { name, email, password } = req.body;
    const id = crypto.randomUUID();
    const hashedPassword = await fastify.bcrypt.hash(password);
    const token = await fastify.jwt.sign({ id: id.toString() }, { expiresIn: "7d" });

    try {
      const { rows } = await client.query(
        "INSERT INTO users (id, name, email, password, tokens) VALUES ($1, $2, $3, $4, $5) RETURNING name, email",
        [id, name, email, hashedPassword, { token }],
      );
      reply.code(201);
      return rows;
    } catch (error) {
      throw new Error(error);
    } finally {
      client.release();
    }
  });
}
