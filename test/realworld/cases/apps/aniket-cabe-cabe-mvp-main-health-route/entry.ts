// Source: Aniket-cabe/cabe-mvp-main — backend/src/routes/health.ts at 51cae97 (the GET / health handler; its Redis probe left out), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the health route checks a client out of the project's pool and releases it only after `SELECT 1 as ok`; when the query rejects the inner catch marks the database down and answers, and the client stays checked out — every failed probe while the database struggles takes one more
import { Router, Request, Response } from "express";
import pool from "./pool";

const router = Router();

router.get("/", async (req: Request, res: Response) => {
  const startTime = Date.now();
  const health = {
    status: "ok",
    timestamp: new Date().toISOString(),
    services: { database: "unknown" },
  };
  try {
    try {
      if (pool && process.env.DATABASE_URL) {
        const client = await pool.connect();
        await client.query("SELECT 1 as ok");
        client.release();
        health.services.database = "up";
      } else {
        health.services.database = "no-db";
      }
    } catch (dbError) {
      health.services.database = "down";
      health.status = "degraded";
      console.warn("Health check: PostgreSQL connection failed", dbError);
    }
    if (health.services.database === "down") {
      health.status = "error";
    }
    res.set("X-Response-Time", `${Date.now() - startTime}ms`);
    res.status(health.status === "error" ? 503 : 200).json(health);
  } catch (error) {
    res.status(503).json({ status: "error", error: "Health check failed" });
  }
});

export default router;
