// Source: nikolatesla-777/new-goalgpt — src/jobs/telegramSettlement.job.ts at 67b18cb (runTelegramSettlement), reduced by hand, not copied
// Label: safe
// Why: a cron job reads the posts to settle on one client released in a finally before the loop, and holds none across the Telegram API call
import { pool } from "../database/connection";
import { telegramBot } from "../services/telegram/telegram.client";
import { evaluateSettlement, settlePick } from "../services/telegram/rules";
import { logger } from "../utils/logger";

interface PendingPost {
  id: string;
  channel_id: string;
  telegram_message_id: number;
  picks: Array<{ id: string; market_type: string }>;
}

export async function runTelegramSettlement(): Promise<number> {
  let client = await pool.connect();
  let postsToSettle: PendingPost[];
  try {
    const result = await client.query<PendingPost>(
      "SELECT p.id, p.channel_id, p.telegram_message_id, p.picks FROM telegram_posts p WHERE p.status = 'published'",
    );
    postsToSettle = result.rows;
  } finally {
    client.release();
  }

  let settledCount = 0;
  for (const post of postsToSettle) {
    for (const pick of post.picks) {
      const settlement = evaluateSettlement(pick.market_type, pick.id);
      // per pick: a fresh checkout in try/finally (the source's pickClient), reduced to a helper here
      await settlePick(pick.id, settlement.status);
    }

    await telegramBot.replyToMessage(post.channel_id, post.telegram_message_id, "settled");
    settledCount++;
    logger.info(`[TelegramSettlement] Settled post ${post.id}`);
  }
  return settledCount;
}
