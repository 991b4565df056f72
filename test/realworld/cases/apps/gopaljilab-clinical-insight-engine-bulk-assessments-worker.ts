// Source: gopaljilab/Clinical-Insight-Engine — server/queue.ts (the bulk assessment worker's per-row insert; the repository of PR #1429 "Prevent RLS database connection leaks" and #2279's pool metrics), reduced by hand, not copied
// Label: safe
// Why: each row of the chunk checks out its own client inside the `Promise.all` map; BEGIN/INSERT/COMMIT run in the try, the catch swallows a failed ROLLBACK and rethrows, the finally releases
import type { Pool } from "pg";

declare function getPool(): Pool;
declare function predictChunk(chunk: unknown[]): Promise<{ riskScore: number; riskCategory: string }[]>;

export async function insertChunk(chunk: { patientName: string; age: number }[], userId: string) {
  const predictions = await predictChunk(chunk);

  return Promise.all(
    chunk.map(async (assessment, index) => {
      const prediction = predictions[index];
      const pool = getPool();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await client.query(
          `INSERT INTO assessments ("patientName", "age", "riskScore", "riskCategory", "createdBy")
           VALUES ($1, $2, $3, $4, $5) RETURNING *`,
          [assessment.patientName, assessment.age, Number(prediction.riskScore), prediction.riskCategory, userId],
        );
        await client.query("COMMIT");
        return result.rows[0];
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    }),
  );
}
