// Source: nhamthi-vandai/initial-repo — src/routes/health.ts at 5b64f07 (the GET /health handler), reduced by hand, not copied
// Label: safe
// Why: a Fastify starter's health route checks a client out of @fastify/postgres and releases it in the finally around `SELECT 1`; the outer catch answers 503 when the checkout itself fails
import { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get("/health", async (_request: FastifyRequest, reply: FastifyReply) => {
    try {
      const client = await app.pg.connect();
      try {
        await client.query("SELECT 1");
        return reply.send({ postgres: "connected", timestamp: new Date().toISOString() });
      } finally {
        client.release();
      }
    } catch {
      return reply.code(503).send({ postgres: "disconnected", timestamp: new Date().toISOString() });
    }
  });
}
