// Source: thew0lf/avnz-portal — apps/api/src/route-guard.middleware.ts (routeGuard), reduced by hand, not copied
// Label: safe
// Why: the RBAC checkout is followed at once by a try whose finally releases; the check answers 403 or calls next() from inside that try, and the outer catch answers 500 after the release
import type { NextFunction, Request, Response } from "express";
import { pool } from "./db.js";

declare function findRoute(method: string, path: string): Promise<any | null>;

const RBAC_CHECK_SQL = "select authz.check($1, $2, $3, $4, $5) as rbac_pass";

export async function routeGuard(req: Request & { auth?: any }, res: Response, next: NextFunction) {
  const method = String(req.method || "").toUpperCase();
  const path = req.path;
  // The source's first checkout (the route registry lookup, the same try/finally shape) is left out here.
  let mapping: any | null = null;
  try {
    mapping = await findRoute(method, path);
  } catch {
    /* ignore; allow */
  }
  if (!mapping) return next();
  const userId = req.auth?.userId;
  if (!userId) return res.status(401).json({ error: "unauthorized" });
  const resourceNodeId = (req.params as any)?.[mapping.resource_param || "id"];
  if (!resourceNodeId) return res.status(400).json({ error: "missing resource id" });
  try {
    const c = await pool.connect();
    try {
      const r = await c.query(RBAC_CHECK_SQL, [resourceNodeId, userId, mapping.domain, mapping.resource_type, mapping.action_name]);
      const row = r.rows[0];
      if (!row || !row.rbac_pass) return res.status(403).json({ error: "forbidden" });
      return next();
    } finally {
      c.release();
    }
  } catch {
    return res.status(500).json({ error: "authz failed" });
  }
}
