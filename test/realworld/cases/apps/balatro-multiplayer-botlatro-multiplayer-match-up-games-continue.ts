// Source: Balatro-Multiplayer/Botlatro-Multiplayer — src/utils/queueHelpers.ts at db364c9d (matchUpGames), reduced by hand, not copied
// Label: safe
// Why: a Discord matchmaking bot's scheduled pass checks a client out per candidate match inside a loop; when the locked rows show a player already gone it sends ROLLBACK and `continue`s from inside the try, which runs the finally's release like every other path; the catch rolls back best-effort and logs
import { pool } from "../db";

let lastMatchCreationTime = 0;

async function createMatch(userIds: string[], queueId: string): Promise<void> {
  await pool.query("INSERT INTO matches (queue_id, user_ids) VALUES ($1, $2)", [queueId, userIds]);
}

export async function matchUpGames(): Promise<void> {
  try {
    const response = await pool.query(`SELECT u.* FROM queue_users u JOIN queues q ON u.queue_id = q.id WHERE u.queue_join_time IS NOT NULL`);
    const possibleMatches: Array<{ queueId: string; users: Array<{ user_id: string }> }> = buildMatches(response.rows);

    for (const match of possibleMatches) {
      if (Date.now() - lastMatchCreationTime < 5000) continue;

      const userIds = match.users.map((u) => u.user_id);
      const dbClient = await pool.connect();
      let committed = false;
      try {
        await dbClient.query("BEGIN");

        const checkResult = await dbClient.query(
          `SELECT user_id FROM queue_users WHERE user_id = ANY($1::varchar[]) AND queue_join_time IS NOT NULL FOR UPDATE`,
          [userIds],
        );

        if (checkResult.rowCount !== userIds.length) {
          await dbClient.query("ROLLBACK");
          continue;
        }

        await dbClient.query(`UPDATE queue_users SET queue_join_time = NULL WHERE user_id = ANY($1::varchar[])`, [userIds]);

        await dbClient.query("COMMIT");
        committed = true;
      } catch (err) {
        if (!committed) await dbClient.query("ROLLBACK").catch(() => {});
        console.error("Error creating match:", err);
      } finally {
        dbClient.release();
      }

      if (committed) {
        lastMatchCreationTime = Date.now();
        try {
          await createMatch(userIds, match.queueId);
        } catch (err) {
          console.error("Error creating match:", err);
        }
      }
    }
  } catch (err) {
    console.error("Error checking for queues:", err);
  }
}

function buildMatches(rows: any[]): Array<{ queueId: string; users: Array<{ user_id: string }> }> {
  return rows.length ? [{ queueId: rows[0].queue_id, users: rows }] : [];
}
