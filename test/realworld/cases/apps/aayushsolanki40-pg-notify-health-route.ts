// Source: aayushsolanki40/pg-notify — src/index.ts (GET /health), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the health check releases only after `SELECT NOW()` succeeds; when the query rejects, the catch answers 503 and the client stays checked out
import express, { type Request, type Response } from "express";
import { pool } from "./config/database";

const app = express();

app.get("/health", async (req: Request, res: Response) => {
  try {
    const client = await pool.connect();
    await client.query("SELECT NOW()");
    client.release();

    res.json({ status: "healthy", database: "connected", timestamp: new Date().toISOString() });
  } catch (error) {
    res.status(503).json({
      status: "unhealthy",
      database: "disconnected",
      error: error instanceof Error ? error.message : "Unknown error",
    });
  }
});

export default app;
