// Source: Ovicakov/node-chat — src/modules/auth/auth.handler.ts at e835b98 (loginHandler), reduced by hand, not copied
// Label: safe
// Why: a Fastify login handler checks a client out of `app.pg` (the @fastify/postgres decorator), reads the body, then returns 404/401 or signs the JWT inside a try whose finally releases
import bcrypt from "bcrypt";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

interface LoginBody { username: string; password: string }

export function loginHandler(app: FastifyInstance) {
  return async (request: FastifyRequest<{ Body: LoginBody }>, reply: FastifyReply) => {
    const client = await app.pg.connect();
    const body = request.body;

    try {
      const result = await client.query("SELECT * FROM users WHERE username = $1", [body.username]);
      if (!result.rows[0]) {
        return reply.status(404).send({ error: "User not found" });
      }
      const ok = await bcrypt.compare(body.password, result.rows[0].password);
      if (!ok) {
        return reply.status(401).send({ error: "Invalid password" });
      }
      reply.send({ token: app.jwt.sign({ username: body.username, id: result.rows[0].id }) });
    } catch {
      reply.status(500).send({ error: "Error" });
    } finally {
      client.release();
    }
  };
}
