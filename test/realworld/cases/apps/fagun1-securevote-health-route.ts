// Source: Fagun1/securevote — apps/api/src/routes/healthRoutes.ts at 7ff8c0a (healthRoutes), reduced by hand, not copied
// Label: safe
// Why: the health route is handed the pool, checks a client out and releases it in the finally around `SELECT 1 AS ok`; a failed checkout goes to next(e) with nothing held
import { Router } from "express";
import type { Pool } from "pg";

export function healthRoutes(pool: Pool): Router {
  const r = Router();
  r.get("/health", async (_req, res, next) => {
    try {
      const client = await pool.connect();
      try {
        await client.query("SELECT 1 AS ok");
      } finally {
        client.release();
      }
      res.json({ ok: true, database: "up" });
    } catch (e) {
      next(e);
    }
  });
  return r;
}
