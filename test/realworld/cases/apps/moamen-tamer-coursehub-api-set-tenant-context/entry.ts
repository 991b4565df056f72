// Source: Moamen-Tamer/coursehub-api — src/middleware/setTenantContext.ts (setTenantContext), reduced by hand, not copied
// Label: safe
// Why: an Express middleware checks out a client per request, opens a tenant transaction and parks it on `req.client` for the controllers; a guarded `releaseClient` (COMMIT or ROLLBACK in a try, release in its finally) runs on the response's 'finish' and on 'close' — Node's ServerResponse emits 'close' also when the client disconnects before the response ends —, and a failing BEGIN/SET LOCAL is rolled back and released in the catch
import type { Request, Response, NextFunction } from "express";
import type { PoolClient } from "pg";
import { pool } from "./pool.js";

export const setTenantContext = async (req: Request, res: Response, next: NextFunction) => {
  let client: PoolClient | undefined;
  let released = false;

  const releaseClient = async () => {
    if (!client || released) return;
    released = true;
    try {
      if (res.statusCode >= 400) {
        await client.query("ROLLBACK");
      } else {
        await client.query("COMMIT");
      }
    } finally {
      client.release();
      req.client = undefined;
    }
  };

  try {
    client = await pool.connect();
    req.client = client;

    await client.query("BEGIN");
    await client.query("SET LOCAL app.tenant_id = $1", [req.user.tenant_id]);

    res.on("finish", () => {
      void releaseClient();
    });
    res.on("close", () => {
      void releaseClient();
    });

    next();
  } catch (error) {
    if (client && !released) {
      released = true;
      try {
        await client.query("ROLLBACK");
      } finally {
        client.release();
        req.client = undefined;
      }
    }
    next(error);
  }
};
