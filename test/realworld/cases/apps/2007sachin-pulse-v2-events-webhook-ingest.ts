// Source: 2007Sachin/pulse-v2 — apps/api/src/events/router.ts at c4749ab (createEventsRouter, POST /), reduced by hand, not copied
// Label: safe
// Why: the event webhook receiver logs a malformed delivery through the pool before any checkout; a parsed event is logged, turned into a credential and marked processed on one client whose catch answers 500 and whose finally releases
import { Router } from "express";
import type { Pool } from "pg";
import { ensureUserForPathwisseId } from "../users/ensureUser.js";
import { parsePathwisseEvent } from "./types.js";

export function createEventsRouter(config: { pool: Pool; sharedSecret: string }): Router {
  const router = Router();

  router.post("/", async (req, res) => {
    if ((req.header("authorization") ?? "") !== `Bearer ${config.sharedSecret}`) {
      res.status(401).json({ error: "not authenticated" });
      return;
    }

    const parsed = parsePathwisseEvent(req.body);
    if (typeof parsed === "string") {
      await config.pool.query(
        "insert into sync_events_log (event_type, payload, error, received_at) values ($1, $2, $3, now())",
        ["unknown", JSON.stringify(req.body), parsed],
      );
      res.status(400).json({ error: parsed });
      return;
    }

    const client = await config.pool.connect();
    try {
      const logResult = await client.query<{ id: string }>(
        "insert into sync_events_log (event_type, payload, received_at) values ($1, $2, now()) returning id",
        [parsed.eventType, JSON.stringify(req.body)],
      );
      const logRow = logResult.rows[0];
      if (!logRow) {
        throw new Error("sync_events_log insert did not return a row");
      }
      const userId = await ensureUserForPathwisseId(client, parsed.pathwisseUserId);
      const credential = await client.query<{ id: string }>(
        "insert into verified_credentials (user_id, title, source_event_id) values ($1, $2, $3) on conflict (source_event_id) do nothing returning id",
        [userId, parsed.title, parsed.eventId],
      );
      await client.query("update sync_events_log set processed_at = now() where id = $1", [logRow.id]);
      const createdRow = credential.rows[0];
      res.status(createdRow ? 201 : 200).json({ status: "ok", credentialId: createdRow ? createdRow.id : null });
    } catch (error) {
      console.error("failed to process Pathwisse event", error);
      res.status(500).json({ error: "internal error processing event" });
    } finally {
      client.release();
    }
  });

  return router;
}
