// Source: Jonkor/task-manager-Postgre — src/routes/route.js (fastify.decorate("authenticate")), reduced by hand, not copied
// Label: safe
// Why: an auth hook registered with fastify.decorate: the checkout is followed at once by a try whose finally releases, and the catch only answers the request
export default async function routes(fastify) {
  await fastify.decorate("authenticate", async function (request, reply) {
    const client = await fastify.pg.connect();
    try {
      const token = request.headers.authorization;
      const decoded = await request.jwtVerify(token);
      if (!decoded) {
        throw new Error("No token found");
      }
      const { rows } = await client.query("SELECT * FROM users WHERE id = $1 AND tokens ? $2", [decoded.id, token]);
      if (rows.length === 0) {
        throw new Error("No token found, please login");
      }
      request.user.tokens = rows[0].tokens;
      return request.user;
    } catch (err) {
      reply.send(err);
    } finally {
      client.release();
    }
  });
}
