// Source: Bonhomie95/wordwarlive — server/src/services/matchService.ts at 12b6ed6 (persistMatch, called by the socket.io match handler on GAME_OVER), reduced by hand, not copied
// Label: safe
// Why: the finished word-duel is written in one transaction: BEGIN, the match row and both players' guesses, COMMIT and `return matchId` inside the try; the catch awaits ROLLBACK and rethrows, the finally releases
import { pool } from "../db/pool.js";

interface GuessResult {
  guess: string;
  tiles: string[];
}

export interface PersistMatchArgs {
  matchId: string;
  player1Id: string;
  player2Id: string;
  word: string;
  winnerId: string | null;
  outcome: string;
  p1Guesses: GuessResult[];
  p2Guesses: GuessResult[];
  startedAtMs: number;
}

export async function persistMatch(args: PersistMatchArgs): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const matchRes = await client.query<{ id: string }>(
      `INSERT INTO matches (id, player1_id, player2_id, word, winner_id, outcome, started_at, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1000.0), now()) RETURNING id`,
      [args.matchId, args.player1Id, args.player2Id, args.word.toUpperCase(), args.winnerId, args.outcome, args.startedAtMs],
    );
    const matchId = matchRes.rows[0]!.id;

    const p1 = args.p1Guesses.map((g, i) => ({ guess: g.guess, tiles: g.tiles, i }));
    const p2 = args.p2Guesses.map((g, i) => ({ guess: g.guess, tiles: g.tiles, i }));

    await client.query(
      "INSERT INTO guesses (match_id, player_id, guess_sequence) VALUES ($1, $2, $3::jsonb)",
      [matchId, args.player1Id, JSON.stringify(p1)],
    );
    await client.query(
      "INSERT INTO guesses (match_id, player_id, guess_sequence) VALUES ($1, $2, $3::jsonb)",
      [matchId, args.player2Id, JSON.stringify(p2)],
    );

    await client.query("COMMIT");
    return matchId;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
