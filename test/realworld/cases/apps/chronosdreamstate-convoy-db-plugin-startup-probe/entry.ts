// Source: Chronosdreamstate/Convoy — apps/api/src/plugins/db.ts at 0b8954c (dbPlugin, the convoy app's Fastify + socket.io API), reduced by hand, not copied
// Label: safe
// Why: the start-up probe checks a client out and releases it on the next line, nothing between that can throw; the pool is decorated on the instance and ended by the onClose hook
import fp from "fastify-plugin";
import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";
import { createPool } from "./pool";

declare module "fastify" {
  interface FastifyInstance {
    db: Pool;
  }
}

async function dbPlugin(fastify: FastifyInstance) {
  const pool = createPool();

  const client = await pool.connect();
  client.release();

  fastify.decorate("db", pool);

  fastify.addHook("onClose", async () => {
    await pool.end();
  });
}

export default fp(dbPlugin, { name: "db" });
