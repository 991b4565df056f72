// Source: AmitB298/optionlab-backend — src/services/referral.service.js (redeemWallet), reduced by hand, not copied
// Label: safe
// Why: the early return after ROLLBACK and the catch that returns a failure object both leave through the finally that releases
const pool = require("../db/pool");

async function redeemWallet(userId) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("SELECT balance_paise FROM referral_wallet WHERE user_id = $1 FOR UPDATE", [userId]);
    const balance = rows[0]?.balance_paise || 0;
    if (balance < 149900) {
      await client.query("ROLLBACK");
      return { success: false, currentBalance: balance };
    }
    const { rows: updated } = await client.query("UPDATE referral_wallet SET balance_paise = balance_paise - 149900 WHERE user_id = $1 RETURNING balance_paise", [userId]);
    await client.query("UPDATE users SET plan = 'pro' WHERE id = $1", [userId]);
    await client.query("COMMIT");
    return { success: true, currentBalance: updated[0].balance_paise };
  } catch (e) {
    await client.query("ROLLBACK");
    return { success: false, message: "Failed. Try again." };
  } finally {
    client.release();
  }
}

module.exports = { redeemWallet };
