// Source: CodingXD/e-buy — src/routes/auth/register.ts at 8dfc769^ (the POST /register handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler opens with `await fastify.pg.connect()` and drops the client; the check and the INSERT run on fastify.pg.query, so every registration strands a connection
import { FastifyPluginAsync } from "fastify";
import { SQL } from "sql-template-strings";

const register: FastifyPluginAsync = async (fastify) => {
  fastify.post("/register", async function (request) {
    const { username, password, type } = request.body as { username: string; password: string; type: string };

    try {
      await fastify.pg.connect();
      const { rowCount } = await fastify.pg.query(SQL`SELECT 1 FROM users WHERE username = ${username}`);

      if (rowCount !== 0) {
        return fastify.httpErrors.badRequest("Username taken!");
      }

      const hashed = await fastify.hashPassword(password);
      await fastify.pg.query(SQL`INSERT INTO users(username, password, type) VALUES(${username}, ${hashed}, ${type})`);

      return fastify.jwt.sign({ user: username });
    } catch (error: any) {
      return fastify.httpErrors.internalServerError(error);
    }
  });
};

export default register;
