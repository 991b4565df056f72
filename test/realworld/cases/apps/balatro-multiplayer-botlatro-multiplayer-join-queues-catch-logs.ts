// Source: Balatro-Multiplayer/Botlatro-Multiplayer — src/utils/queueHelpers.ts at db364c9d (joinQueues), reduced by hand, not copied
// Label: safe
// Why: a Discord bot's queue-join helper answers the interaction and returns early before any checkout, then batches its upserts in one transaction: BEGIN, a helper on the pool and the UPDATE loop inside the try, ROLLBACK and a log in the catch, release in the finally; the webhook after the block runs with the client back in the pool
import { pool } from "../db";
import { sendWebhook } from "./webhooks";

async function createQueueUser(userId: string, queueId: number): Promise<void> {
  await pool.query("INSERT INTO queue_users (user_id, queue_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [userId, queueId]);
}

export async function joinQueues(interaction: any, userId: string, selectedQueueIds: string[]) {
  const banCheck = await pool.query("SELECT 1 FROM bans WHERE user_id = $1 AND (expires_at IS NULL OR expires_at > NOW()) LIMIT 1", [userId]);
  if (banCheck.rowCount) {
    await interaction?.editReply({ content: "You are queue blacklisted, and cannot join the queue." }).catch((e: unknown) => console.error(e));
    return null;
  }

  const allQueues = await pool.query("SELECT * FROM queues WHERE id = ANY($1::int[])", [selectedQueueIds.map((id) => parseInt(id))]);
  const queueMap = new Map<number, { queue_name: string; default_elo: number }>(allQueues.rows.map((q) => [q.id, q]));
  const joinedQueues: string[] = [];
  for (const qId of selectedQueueIds) {
    const queue = queueMap.get(parseInt(qId));
    if (queue) joinedQueues.push(queue.queue_name);
  }

  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    for (const qId of selectedQueueIds) {
      const queueId = parseInt(qId);
      const queue = queueMap.get(queueId);
      if (!queue) continue;

      await createQueueUser(userId, queueId);
      await client.query(
        `UPDATE queue_users SET queue_join_time = NOW(), elo = COALESCE(elo, $3) WHERE user_id = $1 AND queue_id = $2`,
        [userId, queueId, queue.default_elo],
      );
    }

    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    console.error(e);
  } finally {
    client.release();
  }

  sendWebhook("JOIN_QUEUE", { new_players: [{ id: userId }], queueId: parseInt(selectedQueueIds[0]) });

  return joinedQueues;
}
