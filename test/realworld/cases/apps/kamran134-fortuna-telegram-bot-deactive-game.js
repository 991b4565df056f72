// Source: kamran134/fortuna-telegram-bot — database/games.js (deactiveGame), reduced by hand, not copied
// Label: safe
// Why: the bot's pool is passed in; the update, the return of its label and the rethrowing catch all pass the finally that releases
export async function deactiveGame(pool, gameId) {
  const client = await pool.connect();

  try {
    const result = await client.query("UPDATE games SET status = FALSE WHERE id = $1 RETURNING label;", [gameId]);
    if (result && result.rows && Array.isArray(result.rows)) {
      return result.rows[0].label;
    } else {
      console.error("DEACTIVE GAME RESULT ERROR");
      throw result;
    }
  } catch (error) {
    console.error("DEACTIVE GAME ERROR: ", error);
    throw error;
  } finally {
    client.release();
  }
}
