// Source: PurpleCapedCrusader/GorillaBot — gorilla.js at dde8771 (gameIsInProgress), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Discord party game's check releases right after the query inside the try and the finally is commented out: when the query fails the catch only DMs the error and the client stays checked out
const { Pool } = require("pg");
const dbCreds = require("./dbCreds.js");

const pool = new Pool(dbCreds);

async function gameIsInProgress(message) {
  const client = await pool.connect();
  try {
    const result = await client.query({
      rowMode: "array",
      text:
        "SELECT game_is_active FROM gorilla_schema.games " +
        `WHERE text_channel_id = ${message.channel.id} ORDER BY message_timestamp DESC LIMIT 1`,
    });
    await client.release();
    console.log(`gameIsInProgres() game_is_active = ${result.rows}`);
    if (result.rows.length === 0) {
      return false;
    } else {
      return result.rows;
    }
  } catch (err) {
    dmError(err);
  }
  // finally {
  // 	client.release();
  // }
}

function dmError(err) {
  console.error(err);
}

module.exports = { gameIsInProgress };
