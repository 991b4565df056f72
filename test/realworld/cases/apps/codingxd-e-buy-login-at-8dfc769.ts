// Source: CodingXD/e-buy — src/routes/auth/login.ts at 8dfc769 (the POST /login handler, as "adding jwt middleware" left it; the same at the last commit), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the commit keeps the client and queries through it, but nothing releases it: the unknown-user return, the wrong-password return, the token and the catch all leave it checked out
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
        const client = await fastify.pg.connect();
        const { rows, rowCount } = await client.query(SQL`SELECT password FROM users WHERE username = ${username}`);

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
