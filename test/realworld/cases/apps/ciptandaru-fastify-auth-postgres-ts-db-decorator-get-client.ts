// Source: ciptandaru/fastify-auth-postgres-ts — src/plugins/postgres.ts (the `db` decorator's getClient), reduced by hand, not copied
// Label: hand-over
// Why: the plugin decorates the instance with `db.getClient()`, which returns a fresh checkout to the route that asks for it; releasing it is that caller's job
import fp from "fastify-plugin";
import { FastifyPluginAsync } from "fastify";
import { Pool } from "pg";

const postgresPlugin: FastifyPluginAsync = async (fastify) => {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });

  fastify.decorate("db", {
    pool,
    async query(text: string, params?: any[]) {
      return pool.query(text, params);
    },
    async getClient() {
      return pool.connect();
    },
  });

  fastify.addHook("onClose", async (instance) => {
    await instance.db.pool.end();
  });
};

export default fp(postgresPlugin, { name: "postgres" });
