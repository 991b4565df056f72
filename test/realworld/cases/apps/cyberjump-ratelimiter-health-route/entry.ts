// Source: CyberJump/RateLimiter — src/routes/health.ts at f3afe64 (healthRoutes, GET /health), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Postgres plugin decorates the instance with both `db` (drizzle over the pool) and the raw `pgPool`; the health route checks a client out of `fastify.pgPool`, awaits `SELECT 1` and releases after it inside a try whose catch only records 'error' — a failed query skips the release and the checkout stays out on every failing probe
import type { FastifyInstance } from "fastify";

export async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  fastify.get("/health", async (request, reply) => {
    const checks: Record<string, string> = {};
    try {
      const pong = await fastify.redis.ping();
      checks.redis = pong === "PONG" ? "ok" : "degraded";
    } catch {
      checks.redis = "error";
    }
    try {
      const client = await fastify.pgPool.connect();
      await client.query("SELECT 1");
      client.release();
      checks.postgres = "ok";
    } catch {
      checks.postgres = "error";
    }
    const ok = Object.values(checks).every((v) => v === "ok");
    reply.code(ok ? 200 : 503).send({ status: ok ? "healthy" : "unhealthy", checks });
  });
}
