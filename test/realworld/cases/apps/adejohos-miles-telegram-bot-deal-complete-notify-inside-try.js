// Source: AdejohOS/miles-telegram-bot — src/bot.js at c41b5ae5 (bot.action(/deal_complete_(\d+)/)), reduced by hand, not copied
// Label: safe
// Why: a Telegraf escrow bot's deal completion moves the money between BEGIN and COMMIT, then messages the receiver and edits the sender's message — network calls that can reject — still inside the try; the catch rolls back and replies, the finally releases on every path
import { Telegraf, Markup } from "telegraf";
import { pool } from "./db.js";

const bot = new Telegraf(process.env.BOT_TOKEN);

bot.action(/deal_complete_(\d+)/, async (ctx) => {
  const id = ctx.match[1];
  const client = await pool.connect();

  let sender_id, receiver_id, amount_usd;

  try {
    await client.query("BEGIN");

    const res = await client.query(`SELECT sender_id, receiver_id, amount_usd FROM deals WHERE id = $1 AND status = 'accepted' FOR UPDATE`, [id]);

    if (!res.rows.length) {
      throw new Error("Deal not valid or already completed");
    }

    ({ sender_id, receiver_id, amount_usd } = res.rows[0]);

    await client.query(`UPDATE user_balances SET locked_usd = locked_usd - $1, balance_usd = balance_usd - $1 WHERE telegram_id = $2`, [amount_usd, sender_id]);
    await client.query(`UPDATE user_balances SET balance_usd = balance_usd + $1 WHERE telegram_id = $2`, [amount_usd, receiver_id]);
    await client.query(`UPDATE deals SET status = 'completed', completed_at = NOW() WHERE id = $1`, [id]);

    await client.query("COMMIT");

    await ctx.telegram.sendMessage(receiver_id, `Deal #${id} completed: $${amount_usd} received.`, { parse_mode: "HTML" });

    await ctx.editMessageText("Deal completed. Please rate your experience:", {
      reply_markup: Markup.inlineKeyboard([[Markup.button.callback("Back to Deals", "deals")]]).reply_markup,
    });
  } catch (e) {
    await client.query("ROLLBACK");
    console.error("Deal completion failed:", e);
    await ctx.reply("Deal completion failed.");
  } finally {
    client.release();
  }
});

bot.launch();
