// Source: Aykan125/Future-Headlines — backend/src/game/scoringService.ts at f33d77c (applyHeadlineEvaluation, awaited by the socket.io `headline:submit` handler), reduced by hand, not copied
// Label: safe
// Why: the scoring transaction's validation throws (ScoringError) and its queries all sit after BEGIN inside the try; the catch awaits ROLLBACK and rethrows, and the finally releases
import pool from "./pool.js";

class ScoringError extends Error {
  constructor(message: string, public code: string) {
    super(message);
  }
}

export async function applyHeadlineEvaluation(payload: { sessionId: string; playerId: string; headlineId: string; score: number }) {
  const { sessionId, playerId, headlineId, score } = payload;

  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const playerResult = await client.query(
      `SELECT id, total_score FROM session_players WHERE id = $1 AND session_id = $2`,
      [playerId, sessionId],
    );
    if (playerResult.rows.length === 0) {
      throw new ScoringError(`Player ${playerId} not found in session ${sessionId}`, "PLAYER_NOT_FOUND");
    }

    const headlineResult = await client.query(`SELECT id, session_id, player_id FROM game_session_headlines WHERE id = $1`, [headlineId]);
    if (headlineResult.rows.length === 0) {
      throw new ScoringError(`Headline ${headlineId} not found`, "HEADLINE_NOT_FOUND");
    }

    await client.query(`UPDATE game_session_headlines SET total_headline_score = $1 WHERE id = $2`, [score, headlineId]);
    const updated = await client.query(
      `UPDATE session_players SET total_score = total_score + $1 WHERE id = $2 RETURNING total_score`,
      [score, playerId],
    );

    await client.query("COMMIT");

    return { newTotal: updated.rows[0].total_score };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
