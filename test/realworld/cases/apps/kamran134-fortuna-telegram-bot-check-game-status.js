// Source: kamran134/fortuna-telegram-bot — database/games.js (checkGameStatus), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Telegram bot's game-status check is the one function of the module with no finally: it returns the status (or logs) and the client is never released
export async function checkGameStatus(pool, gameId) {
  const client = await pool.connect();

  try {
    const result = await client.query("SELECT status FROM games WHERE id = $1;", [gameId]);
    if (result && result.rows && Array.isArray(result.rows)) {
      return result.rows[0].status;
    } else {
      console.error("THAT IS NOT ARRAY");
    }
  } catch (e) {
    console.error("CHECK GAME STATUS RESULT ERROR: ", e);
  }
}
