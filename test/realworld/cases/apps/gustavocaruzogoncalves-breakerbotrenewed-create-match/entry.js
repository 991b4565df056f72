// Source: GustavoCaruzoGoncalves/BreakerBotRenewed — src/database/skullcardsRepository.js (createMatchForRoom) and src/database/pool.js (getClient), reduced by hand, not copied
// Label: safe
// Why: a game room is locked FOR UPDATE and the lobby checks `throw` inside the try (room_not_found, not_enough_players); the catch rolls back and rethrows, the finally releases the client getClient() checked out
const { query, getClient } = require('./pool');

async function createMatchForRoom(roomId) {
  const client = await getClient();
  try {
    await client.query('BEGIN');
    const roomRes = await client.query('SELECT room_id, status, hand_size FROM skullcards_rooms WHERE room_id = $1 FOR UPDATE', [roomId]);
    const room = roomRes.rows[0];
    if (!room) throw new Error('room_not_found');
    if (room.status !== 'lobby') throw new Error('room_not_in_lobby');
    const playersRes = await client.query('SELECT user_id FROM skullcards_players WHERE room_id = $1', [roomId]);
    const players = playersRes.rows.map((r) => r.user_id);
    if (players.length < 2) throw new Error('not_enough_players');
    const match = await client.query('INSERT INTO skullcards_matches (room_id) VALUES ($1) RETURNING match_id', [roomId]);
    for (const uid of players) {
      await client.query('INSERT INTO skullcards_hands (match_id, user_id) VALUES ($1, $2)', [match.rows[0].match_id, uid]);
    }
    await client.query("UPDATE skullcards_rooms SET status = 'playing' WHERE room_id = $1", [roomId]);
    await client.query('COMMIT');
    return { matchId: match.rows[0].match_id, players };
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { createMatchForRoom, query };
