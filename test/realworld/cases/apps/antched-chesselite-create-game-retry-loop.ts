// Source: AntChed/ChessEliteBackend — src/games/game.repository.ts (createGame), reduced by hand, not copied
// Label: safe
// Why: each retry takes its own checkout inside the loop; the catch's `continue` on a unique violation and its rethrow both pass the finally that releases that attempt's client
import { randomUUID } from 'node:crypto';
import { pool } from '../db/pool.js';

const maxJoinCodeAttempts = 5;

function requirePool() {
  if (!pool) {
    throw new Error('DATABASE_URL is required');
  }
  return pool;
}

export async function createGame(whitePlayerId: string): Promise<{ id: string }> {
  const databasePool = requirePool();

  for (let attempt = 0; attempt < maxJoinCodeAttempts; attempt += 1) {
    const client = await databasePool.connect();

    try {
      await client.query('BEGIN');
      const inserted = await client.query<{ id: string }>(
        "INSERT INTO games (id, join_code, white_player_id, status) VALUES ($1, $2, $3, 'WAITING') RETURNING id",
        [randomUUID(), randomUUID().slice(0, 6), whitePlayerId],
      );
      await client.query('COMMIT');
      return inserted.rows[0];
    } catch (error) {
      await client.query('ROLLBACK');
      if (error && typeof error === 'object' && 'code' in error && error.code === '23505') {
        continue;
      }
      throw error;
    } finally {
      client.release();
    }
  }

  throw new Error('Could not generate a unique join code');
}
