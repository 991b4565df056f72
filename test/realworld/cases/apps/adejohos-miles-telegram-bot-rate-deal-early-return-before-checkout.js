// Source: AdejohOS/miles-telegram-bot — src/bot.js at c41b5ae5 (bot.action(/rate_(\d+)_(\d+)/)), reduced by hand, not copied
// Label: safe
// Why: the rating button answers the callback query and returns on an out-of-range rating before the checkout; after it every refusal (no deal, not completed, not a participant, already rated) is a throw inside the try, whose catch rolls back and answers, and whose finally releases
import { Telegraf, Markup } from "telegraf";
import { pool } from "./db.js";

const bot = new Telegraf(process.env.BOT_TOKEN);

bot.action(/rate_(\d+)_(\d+)/, async (ctx) => {
  const dealId = Number(ctx.match[1]);
  const rating = Number(ctx.match[2]);
  const userId = Number(ctx.from.id);

  await ctx.answerCbQuery();

  if (rating < 1 || rating > 5) {
    return ctx.answerCbQuery("Invalid rating", { show_alert: true });
  }

  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const res = await client.query(`SELECT sender_id, receiver_id, status, sender_rated, receiver_rated FROM deals WHERE id = $1 FOR UPDATE`, [dealId]);

    if (!res.rows.length) {
      throw new Error("Deal not found");
    }

    const deal = res.rows[0];
    if (deal.status !== "completed") {
      throw new Error("Deal not completed");
    }

    const senderId = Number(deal.sender_id);
    const receiverId = Number(deal.receiver_id);
    if (userId !== senderId && userId !== receiverId) {
      throw new Error("You are not part of this deal");
    }

    if (userId === senderId) {
      if (deal.sender_rated) {
        throw new Error("You already rated this deal");
      }
      await client.query(`UPDATE deals SET sender_rating = $1, sender_rated = true WHERE id = $2`, [rating, dealId]);
    }

    if (userId === receiverId) {
      if (deal.receiver_rated) {
        throw new Error("You already rated this deal");
      }
      await client.query(`UPDATE deals SET receiver_rating = $1, receiver_rated = true WHERE id = $2`, [rating, dealId]);
    }

    await client.query("COMMIT");

    await ctx.editMessageText(`Thank you! You rated this deal ${rating}/5.`, {
      reply_markup: Markup.inlineKeyboard([[Markup.button.callback("Back to Deals", "deals")]]).reply_markup,
    });
  } catch (err) {
    await client.query("ROLLBACK");
    await ctx.answerCbQuery(err.message, { show_alert: true });
  } finally {
    client.release();
  }
});

bot.launch();
