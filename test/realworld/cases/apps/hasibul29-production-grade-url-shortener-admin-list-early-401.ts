// Source: Hasibul29/production-grade-url-shortener — src/routes/admin/index.ts at 24ca04d (GET /admin), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks a client out of `fastify.pg` before looking at `request.user`, and the logged-out `return reply.code(401)` comes before the try whose finally releases: every unauthenticated request keeps a client (the original then checks a second client out for the user list; here that part goes through `fastify.pg.query`)
import { FastifyPluginAsync } from "fastify";

const admin: FastifyPluginAsync = async (fastify, opts): Promise<void> => {
  fastify.get("/", async function (request, reply) {
    const client = await fastify.pg.connect();
    if (!request.user) {
      return reply.code(401).send({ success: false, message: "Unauthorized Access" });
    }
    try {
      const security = await client.query("select role from accountsecurity where user_id=$1", [request.user]);
      if (security.rows[0].role !== "admin") {
        return reply.code(401).send({ success: false, message: "Unauthorized Access" });
      }
    } catch (err) {
      return err;
    } finally {
      client.release();
    }
    const userData = await fastify.pg.query("select user_id, email from users");
    return userData.rows;
  });
};

export default admin;
