// Source: PurpleCapedCrusader/GorillaBot — gorilla.js at dde8771 (removePlayer), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the leave command starts `playerInActiveGame(message).then(...)` without awaiting it; the callback's async IIFE queries and updates on `client` after the function's finally has already released it
const { Pool } = require("pg");
const dbCreds = require("./dbCreds.js");

const pool = new Pool(dbCreds);
let gameId;
let playerGameId;

async function removePlayer(message, playerId) {
  const client = await pool.connect();
  try {
    await getGameId(message).then((results) => {
      gameId = parseInt(results);
    });
    if (gameId == 0) {
      message.channel.send("There is currently no game to leave.");
      return;
    }
    playerInActiveGame(message)
      .then((results) => {
        playerGameId = parseInt(results);
        if (gameId != playerGameId) {
          message.channel.send("That command is reserved for players in the game.");
        } else {
          (async () => {
            const activePlayer = await client.query({
              rowMode: "array",
              text: `SELECT active_player_id FROM gorilla_schema.turns WHERE game_session_id = ${gameId} AND turn_is_active = true`,
            });
            await client.query(
              `UPDATE gorilla_schema.game_leaflet SET playing = false, left_game = true WHERE game_session_id = ${gameId} AND player_id = ${playerId}`,
            );
            if (parseInt(activePlayer.rows) != parseInt(playerId)) {
              message.channel.send(`<@${playerId}> has left the game.`);
            }
          })().catch((err) => {
            dmError(err);
          });
        }
      })
      .catch((err) => {
        dmError(err);
      });
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

async function playerInActiveGame(message) {
  const result = await pool.query(`SELECT game_session_id FROM gorilla_schema.game_leaflet WHERE player_id = ${message.author.id}`);
  return result.rows;
}

function dmError(err) {
  console.error(err);
}

module.exports = { removePlayer };
