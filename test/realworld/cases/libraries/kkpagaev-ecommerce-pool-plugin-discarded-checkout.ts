// Source: kkpagaev/ecommerce — packages/pool/src/index.ts (the fastify plugin), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the plugin awaits `pool.connect()` to check the database is up and drops the client: one connection stays checked out until `pool.end()` at close (which then waits on it)
import fp from "fastify-plugin";
import { Pool } from "pg";

declare module "fastify" {
  export interface FastifyInstance {
    pool: Pool;
  }
}

export default fp(
  async function (f) {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL });
    await pool.connect();

    f.decorate("pool", pool);

    f.addHook("onClose", async () => {
      await pool.end();
    });
  },
  { name: "pool" },
);
