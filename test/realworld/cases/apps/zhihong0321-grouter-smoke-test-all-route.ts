// Source: Zhihong0321/grouter — src/routes/admin/supplierSync.ts at 154355c (POST /admin/api/smart-routing/smoke-test-all), reduced by hand, not copied
// Label: safe
// Why: a Fastify route checks a client out of `app.pg` (a pg Pool the app decorates) only to hold a session advisory lock, answers 409 from inside the try when it is taken, runs the checks on the pool, and the finally unlocks with `.catch` before releasing
import type { FastifyInstance } from "fastify";
import type { Pool } from "pg";

declare module "fastify" {
  interface FastifyInstance {
    pg: Pool;
  }
}

async function checkRoute(target: { model_id: string }): Promise<boolean> {
  return target.model_id.length > 0;
}

export async function smokeRoutes(app: FastifyInstance) {
  app.post("/admin/api/smoke-test-all", async (_request, reply) => {
    const lock = await app.pg.connect();
    let lockAcquired = false;
    try {
      const result = await lock.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS acquired", ["smoke_test_all"]);
      lockAcquired = result.rows[0]?.acquired === true;
      if (!lockAcquired) return reply.code(409).send({ error: "A smoke test is already running" });

      const { rows: targets } = await app.pg.query<{ model_id: string }>("SELECT model_id FROM model_routes WHERE active = true");
      let passed = 0;
      for (const target of targets) {
        if (await checkRoute(target)) passed += 1;
      }
      return { total: targets.length, passed };
    } finally {
      if (lockAcquired) await lock.query("SELECT pg_advisory_unlock(hashtext($1))", ["smoke_test_all"]).catch(() => undefined);
      lock.release();
    }
  });
}
