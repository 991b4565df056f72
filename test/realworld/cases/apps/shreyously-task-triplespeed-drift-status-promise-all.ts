// Source: Shreyously/task-triplespeed — apps/server/src/controllers/simulationController.ts at bbfc7953 (driftStatusController), reduced by hand, not copied
// Label: safe
// Why: the admin check answers 403 before the checkout; the drift checks of every tier share the one client under an awaited `Promise.all` (pg queues them on the client) and the `finally` releases after `res.json`
import type { Request, Response } from "express";
import { pool } from "../db/pool";
import { checkDrift } from "../services/packEconomicsService";
import { config } from "../config/env";

const TIERS = ["BASIC", "PRO", "ELITE"] as const;

export async function driftStatusController(req: Request & { user?: { userId: string } }, res: Response) {
  if (req.user!.userId !== config.platformUserId) {
    return res.status(403).json({ error: "Forbidden" });
  }

  const client = await pool.connect();
  try {
    const driftResults = await Promise.all(TIERS.map((tier) => checkDrift(client, tier)));
    res.json({ tiers: driftResults, generatedAt: new Date().toISOString() });
  } finally {
    client.release();
  }
}
