import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import { createPool, type DbPool } from "../db/index.js";

declare module "fastify" {
  interface FastifyInstance {
    db: DbPool;
  }
}

async function postgresPlugin(fastify: FastifyInstance) {
  const pool = createPool(fastify.config);
  fastify.decorate("db", pool);
  fastify.addHook("onClose", async () => {
    await pool.end();
  });
}

export default fp(postgresPlugin, { name: "postgres" });
