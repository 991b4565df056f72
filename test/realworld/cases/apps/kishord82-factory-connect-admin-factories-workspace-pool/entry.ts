// Source: kishord82/factory_connect — apps/api/src/routes/admin/index.ts (GET /admin/factories), reduced by hand, not copied
// Label: safe
// Why: the pool comes from the workspace package `@fc/database` by its name (`getPool()`); the page query runs inside a `try` whose `finally` releases the client, the handler's outer `catch` forwards errors to next()
import { Router } from "express";
import { getPool } from "@fc/database";
import { paginatedQuery } from "./paginated-query.js";

export const adminRouter = Router();

adminRouter.get("/factories", async (req, res, next) => {
  try {
    const page = Number(req.query.page ?? 1);
    const pageSize = Number(req.query.pageSize ?? 20);
    const pool = getPool();
    const client = await pool.connect();
    try {
      const result = await paginatedQuery(
        client,
        "SELECT id, name AS factory_name, slug, status, created_at FROM factories ORDER BY created_at DESC",
        [],
        page,
        pageSize,
      );
      res.json(result);
    } finally {
      client.release();
    }
  } catch (err) {
    next(err);
  }
});
