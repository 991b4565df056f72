// Source: thesunnatillo/prayer-time-bot — src/database/saveUserQuery.js, reduced by hand, not copied
// Label: safe
// Why: the checkout is taken only in the new-user branch, where its insert runs in a try whose finally releases
const pool = require("./pool");
const findUser = require("./findUser");
const updateRegion = require("./updateRegion");

module.exports = async (telegramId, name, region) => {
  const user = await findUser(telegramId);
  const insert = "INSERT INTO users (telegram_id, name, region, created_at) VALUES ($1, $2, $3, NOW())";
  if (user.rows.length === 0) {
    const client = await pool.connect();
    try {
      await client.query(insert, [telegramId, name, region]);
    } catch (e) {
      console.error("Error saving data:", e.message);
    } finally {
      client.release();
    }
  } else {
    await updateRegion(telegramId, region);
  }
};
