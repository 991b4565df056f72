// Source: nikolatesla-777/new-goalgpt — src/routes/telegram.routes.ts at 67b18cb (sendWithRetry), reduced by hand, not copied
// Label: safe
// Why: after a failed Telegram send the retry loop records the error on the caller's client, or on one it checks out itself when none was passed; the finally releases exactly the client it checked out (`shouldReleaseClient` is true exactly when it connected)
import type { PoolClient } from "pg";
import { pool } from "../database/connection";
import { telegramBot } from "../services/telegram/telegram.client";
import { logger } from "../utils/logger";

const MAX_RETRY_ATTEMPTS = 3;
const RETRY_BACKOFF_MS = [1000, 3000, 9000];

export async function sendWithRetry(
  channelId: string,
  messageText: string,
  postId: string,
  client?: PoolClient,
): Promise<number> {
  let lastError: Error | null = null;

  for (let attempt = 0; attempt < MAX_RETRY_ATTEMPTS; attempt++) {
    try {
      const result = await telegramBot.sendMessage({ chat_id: channelId, text: messageText });
      return result.result.message_id;
    } catch (err: any) {
      lastError = err;
      logger.warn(`[Telegram] Send failed attempt ${attempt + 1}/${MAX_RETRY_ATTEMPTS}`, { post_id: postId });

      const shouldReleaseClient = !client;
      let updateClient = client;
      if (!updateClient) {
        updateClient = await pool.connect();
      }

      try {
        await updateClient.query(
          "UPDATE telegram_posts SET retry_count = $1, error_log = $2, last_error_at = NOW() WHERE id = $3",
          [attempt + 1, err.message, postId],
        );
      } finally {
        if (shouldReleaseClient) {
          updateClient.release();
        }
      }

      if (attempt < MAX_RETRY_ATTEMPTS - 1) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_BACKOFF_MS[attempt]));
      }
    }
  }

  throw lastError || new Error("Send failed after max retries");
}
