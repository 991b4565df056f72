// Source: nikolatesla-777/new-goalgpt — src/controllers/health.controller.ts at 67b18cb (getReady), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a football-tips Telegram bot's readiness probe releases after `SELECT 1` outside any finally; when the probe query fails the catch only records the error and the client stays checked out
import type { FastifyReply, FastifyRequest } from "fastify";
import { pool } from "../database/connection";
import { config } from "../config";
import { logEvent } from "../utils/obsLogger";

export async function getReady(_request: FastifyRequest, reply: FastifyReply) {
  const checks: { db: { ok: boolean; error?: string }; thesports: { ok: boolean; error?: string } } = {
    db: { ok: false },
    thesports: { ok: false },
  };

  try {
    const client = await pool.connect();
    await client.query("SELECT 1");
    client.release();
    checks.db = { ok: true };
  } catch (error: any) {
    checks.db = { ok: false, error: error.message || "Connection failed" };
    logEvent("warn", "health.ready.db_failed", { error: error.message });
  }

  const baseUrl = config.thesports.baseUrl;
  checks.thesports = baseUrl ? { ok: true } : { ok: false, error: "baseUrl not configured" };

  const allOk = checks.db.ok && checks.thesports.ok;
  return reply.status(allOk ? 200 : 503).send({ ok: allOk, checks });
}
