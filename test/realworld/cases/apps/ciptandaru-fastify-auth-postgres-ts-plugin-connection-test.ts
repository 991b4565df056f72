// Source: ciptandaru/fastify-auth-postgres-ts — src/plugins/postgres.ts (the plugin's connection test), reduced by hand, not copied
// Label: safe
// Why: while Fastify registers the plugin, it checks a client out to test the connection, logs and releases it at once; only the logger runs between the checkout and the release
import fp from "fastify-plugin";
import { FastifyPluginAsync } from "fastify";
import { Pool } from "pg";

const postgresPlugin: FastifyPluginAsync = async (fastify) => {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });

  try {
    const client = await pool.connect();
    fastify.log.info("PostgreSQL connected successfully");
    client.release();
  } catch (err) {
    fastify.log.error("PostgreSQL connection error:");
    throw err;
  }

  fastify.decorate("db", { pool });

  fastify.addHook("onClose", async (instance) => {
    await instance.db.pool.end();
  });
};

export default fp(postgresPlugin, { name: "postgres" });
