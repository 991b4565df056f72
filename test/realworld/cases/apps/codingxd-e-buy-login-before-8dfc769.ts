// Source: CodingXD/e-buy — src/routes/auth/login.ts at 8dfc769^ (the POST /login handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await fastify.pg.connect()` is called for its side effect and its client dropped; the queries go through fastify.pg.query, so each login leaves one connection checked out
import { FastifyPluginAsync } from "fastify";
import { SQL } from "sql-template-strings";

const login: FastifyPluginAsync = async (fastify) => {
  fastify.post(
    "/login",
    {
      schema: {
        body: {
          type: "object",
          properties: { username: { type: "string" }, password: { type: "string" } },
          required: ["username", "password"],
        },
      },
    },
    async function (request) {
      const { username, password } = request.body as { username: string; password: string };

      try {
        await fastify.pg.connect();
        const { rows, rowCount } = await fastify.pg.query(SQL`SELECT password FROM users WHERE username = ${username}`);

        if (rowCount === 0) {
          return fastify.httpErrors.badRequest("Invalid username");
        }

        const ok = await fastify.verifyPassword(password, rows[0].password);
        if (!ok) {
          return fastify.httpErrors.badRequest("Password is incorrect");
        }

        return fastify.jwt.sign({ user: username });
      } catch (error: any) {
        return fastify.httpErrors.internalServerError(error);
      }
    },
  );
};

export default login;
