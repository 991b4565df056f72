// Source: rushilcs/ai-interviewer — backend/src/services/orchestration/eventStore.ts (appendEvent), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the row lock, the idempotent early `return` after COMMIT and the ROLLBACK-then-throw all sit in the try whose finally releases
import { pool } from "../../db/pool";

export async function appendEvent(interviewId: string, eventType: string, payload: Record<string, unknown>, clientEventId?: string | null) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const inv = await client.query("SELECT schema_version FROM interviews WHERE id = $1 FOR UPDATE", [interviewId]);
    if (inv.rowCount !== 1) {
      await client.query("ROLLBACK");
      throw new Error("Interview not found");
    }
    if (clientEventId) {
      const existing = await client.query("SELECT seq, id FROM interview_events WHERE interview_id = $1 AND client_event_id = $2", [interviewId, clientEventId]);
      if (existing.rowCount) {
        await client.query("COMMIT");
        return { seq: Number(existing.rows[0].seq), id: existing.rows[0].id, duplicate: true };
      }
    }
    const max = await client.query("SELECT COALESCE(MAX(seq), 0) AS m FROM interview_events WHERE interview_id = $1", [interviewId]);
    const seq = Number(max.rows[0].m) + 1;
    const ins = await client.query(
      "INSERT INTO interview_events (interview_id, seq, event_type, payload_json, client_event_id) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [interviewId, seq, eventType, payload, clientEventId ?? null],
    );
    await client.query("COMMIT");
    return { seq, id: ins.rows[0].id, duplicate: false };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
