// Source: CyberJump/RateLimiter — src/plugins/postgres.ts at f3afe64 (postgresPlugin), reduced by hand, not copied
// Label: safe
// Why: the plugin verifies the pool with a checkout released on the very next line (nothing in between can throw) before it builds `drizzle(pool)` and decorates the instance with both the ORM and the raw pool
import fp from "fastify-plugin";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { FastifyInstance } from "fastify";

const { Pool } = pg;

export default fp(async function postgresPlugin(fastify: FastifyInstance, opts: { connectionString: string }) {
  const pool = new Pool({ connectionString: opts.connectionString, max: 20, connectionTimeoutMillis: 5000 });
  pool.on("error", (err) => fastify.log.error({ err }, "Postgres pool error"));

  try {
    const client = await pool.connect();
    client.release();
    fastify.log.info("Postgres connected");
  } catch (err) {
    fastify.log.error({ err }, "Postgres connection failed");
    throw err;
  }

  const db = drizzle(pool);
  fastify.decorate("db", db);
  fastify.decorate("pgPool", pool);
  fastify.addHook("onClose", async () => {
    await pool.end();
  });
});
