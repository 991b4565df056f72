// Source: jsgods-rs-tandem/rs-tandem — packages/backend/src/quiz/quiz.repository.ts (QuizRepository.recordAndAdvanceAttempt), reduced by hand, not copied
// Label: safe
// Why: the `throw new Error('Attempt not found')` and every query sit inside the try; catch rolls back and rethrows, finally releases
import type { Pool } from "pg";

export class QuizRepository {
  constructor(private readonly pool: Pool) {}

  async recordAndAdvanceAttempt(attemptId: string, questionId: string, topicId: string): Promise<{ completed: boolean }> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const lock = await client.query<Record<string, unknown>>(
        "SELECT current_step FROM attempts WHERE id = $1 FOR UPDATE",
        [attemptId],
      );
      const row = lock.rows[0];
      if (!row || typeof row.current_step !== "number") {
        throw new Error("Attempt not found");
      }
      await client.query("INSERT INTO responses (attempt_id, question_id) VALUES ($1, $2)", [attemptId, questionId]);
      const count = await client.query<{ count: string }>("SELECT COUNT(*) AS count FROM questions WHERE topic_id = $1", [
        topicId,
      ]);
      const completed = row.current_step + 1 >= Number(count.rows[0]?.count ?? 0);
      await client.query("UPDATE attempts SET current_step = current_step + 1 WHERE id = $1", [attemptId]);
      await client.query("COMMIT");
      return { completed };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
