// Source: Ovicakov/node-chat — src/modules/messages/messages.handler.ts at e835b98 (messagesPostHandler, beside the app's @fastify/websocket chat route), reduced by hand, not copied
// Label: safe
// Why: the chat's message INSERT checks a client out of @fastify/postgres, reads the body and the JWT user (plain property reads), then runs the query in the try; the catch answers 500 and the finally releases
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

type MessagesBody = { content: string };

export function messagesPostHandler(app: FastifyInstance) {
  return async (request: FastifyRequest<{ Body: MessagesBody }>, reply: FastifyReply) => {
    const client = await app.pg.connect();
    const content = request.body.content;
    const userId = request.user.id;

    try {
      const result = await client.query("INSERT INTO messages (content, user_id) VALUES ($1, $2) RETURNING *", [content, userId]);
      reply.status(201).send(result.rows[0]);
    } catch {
      reply.status(500).send({ error: "Failed to create message" });
    } finally {
      client.release();
    }
  };
}
