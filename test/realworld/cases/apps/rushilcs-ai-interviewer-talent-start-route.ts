// Source: rushilcs/ai-interviewer — backend/src/routes/talent/index.ts (POST /interviews/:interview_id/start), reduced by hand, not copied
// Label: safe
// Why: an Express route inside the handler's try/next: the checkout comes after the early `res.json` branch, and every ROLLBACK-then-throw and the COMMIT run in the inner try whose finally releases
import { Router } from "express";
import { pool } from "../../db/pool";
import { HttpError } from "../../utils/httpError";

export const talentRouter = Router();

talentRouter.post("/interviews/:interview_id/start", async (req, res, next) => {
  try {
    const interviewId = req.params.interview_id;
    const existing = await pool.query("SELECT status FROM interviews WHERE id = $1", [interviewId]);
    if (existing.rows[0].status !== "NOT_STARTED") {
      res.json({ interview_id: interviewId, status: existing.rows[0].status });
      return;
    }
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const invite = await client.query("SELECT starts_used, max_starts FROM interview_invites WHERE interview_id = $1 FOR UPDATE", [interviewId]);
      if (invite.rowCount !== 1 || invite.rows[0].starts_used >= invite.rows[0].max_starts) {
        await client.query("ROLLBACK");
        throw new HttpError(403, "Invite max starts reached");
      }
      await client.query("UPDATE interview_invites SET starts_used = starts_used + 1 WHERE interview_id = $1", [interviewId]);
      await client.query("UPDATE interviews SET status = 'IN_PROGRESS' WHERE id = $1", [interviewId]);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
    res.json({ interview_id: interviewId, status: "IN_PROGRESS" });
  } catch (e) {
    next(e);
  }
});
