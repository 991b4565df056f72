// Source: Ovicakov/node-chat — src/modules/auth/auth.handler.ts at e835b98 (signupHandler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the sign-up handler checks a client out of `app.pg`, hashes and INSERTs the user in a try/catch with no finally and never releases it: every sign-up keeps a client
import bcrypt from "bcrypt";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

interface SignupBody { username: string; password: string }

export function signupHandler(app: FastifyInstance) {
  return async (request: FastifyRequest<{ Body: SignupBody }>, reply: FastifyReply) => {
    const client = await app.pg.connect();
    const body = request.body;
    const saltRounds = 5;

    try {
      const hash = await bcrypt.hash(body.password, saltRounds);
      await client.query("INSERT INTO users (username, password) VALUES ($1, $2)", [body.username, hash]);
      reply.status(201);
    } catch (error) {
      reply.send({ error });
    }
  };
}
