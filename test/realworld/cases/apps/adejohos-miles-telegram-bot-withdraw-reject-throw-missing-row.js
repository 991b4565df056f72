// Source: AdejohOS/miles-telegram-bot — src/commands/adminWithdrawReject.js at c41b5ae5 (adminWithdrawReject), reduced by hand, not copied
// Label: safe
// Why: the admin's reject button locks the withdrawal row and throws when it is missing or already processed — inside the try — then unlocks the funds, commits and notifies the user; the catch rolls back and answers the callback query, the finally releases
import { pool } from "../db.js";

export async function adminWithdrawReject(ctx, id) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const res = await client.query(`SELECT telegram_id, amount_usd FROM withdrawal_requests WHERE id = $1 AND status = 'pending' FOR UPDATE`, [id]);

    if (!res.rows.length) {
      throw new Error("Withdrawal not found or already processed");
    }

    const { telegram_id, amount_usd } = res.rows[0];

    await client.query(`UPDATE user_balances SET locked_usd = locked_usd - $1 WHERE telegram_id = $2`, [amount_usd, telegram_id]);
    await client.query(`UPDATE withdrawal_requests SET status = 'rejected' WHERE id = $1`, [id]);

    await client.query("COMMIT");

    await ctx.telegram.sendMessage(telegram_id, `Withdrawal rejected: $${amount_usd} returned to your balance.`, { parse_mode: "HTML" });

    await ctx.answerCbQuery("Withdrawal rejected");
  } catch (err) {
    await client.query("ROLLBACK");
    console.error(err);
    await ctx.answerCbQuery("Rejection failed", { show_alert: true });
  } finally {
    client.release();
  }
}
