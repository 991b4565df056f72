// Source: thesunnatillo/prayer-time-bot — src/database/create_table.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the bot's `CREATE TABLE users` (no IF NOT EXISTS) fails on every start after the first; the catch only logs, so the client taken in the try is never released
const pool = require("./pool");

module.exports = async () => {
  const query = `CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    telegram_id BIGINT NOT NULL,
    region VARCHAR(50) NOT NULL
  );`;
  try {
    const client = await pool.connect();
    await client.query(query);
    console.log("Table created successfully!");
    client.release();
  } catch (err) {
    console.error("Error creating table:", err.message);
  }
};
