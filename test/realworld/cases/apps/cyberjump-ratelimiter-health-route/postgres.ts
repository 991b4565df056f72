import fp from "fastify-plugin";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { FastifyInstance } from "fastify";

export type Database = NodePgDatabase;

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
    pgPool: pg.Pool;
  }
}

export default fp(async function postgresPlugin(app: FastifyInstance, opts: { connectionString: string }) {
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: 20 });
  app.decorate("db", drizzle(pool));
  app.decorate("pgPool", pool);
  app.addHook("onClose", async () => {
    await pool.end();
  });
});
