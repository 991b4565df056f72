// Source: PurpleCapedCrusader/GorillaBot — gorilla.js at dde8771 (queuedPlayerUpdate), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the UPDATE that moves queued players into the game is started without `await`, so the finally releases the client while the query may still be running on it
const { Pool } = require("pg");
const dbCreds = require("./dbCreds.js");

const pool = new Pool(dbCreds);
let gameId;

async function queuedPlayerUpdate(message) {
  const client = await pool.connect();
  try {
    await getGameId(message).then((results) => {
      gameId = results;
    });
    client.query(
      "UPDATE gorilla_schema.game_leaflet SET playing = true, queued = false " +
        `WHERE game_session_id = ${gameId} AND queued = true`,
    );
  } catch (err) {
    await client.query("ROLLBACK");
    dmError(err);
  } finally {
    client.release();
  }
}

async function getGameId(message) {
  const result = await pool.query(`SELECT game_id FROM gorilla_schema.games WHERE text_channel_id = ${message.channel.id}`);
  return result.rows.length === 0 ? 0 : result.rows;
}

function dmError(err) {
  console.error(err);
}

module.exports = { queuedPlayerUpdate };
