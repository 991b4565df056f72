// Source: Bonhomie95/wordwarlive — server/src/services/leaderboardService.ts at 12b6ed6 (recordMatchResult, awaited by the socket.io match handler for both players), reduced by hand, not copied
// Label: safe
// Why: the four period buckets times two modes are upserted in nested loops between BEGIN and COMMIT inside a try; the catch awaits ROLLBACK and rethrows, the finally releases
import { pool } from "../db/pool.js";

type LeaderboardPeriod = "all_time" | "monthly" | "weekly" | "daily";

function bucketFor(period: LeaderboardPeriod, now: Date): string {
  const iso = now.toISOString();
  return period === "all_time" ? "all" : period === "monthly" ? iso.slice(0, 7) : iso.slice(0, 10);
}

export async function recordMatchResult(args: { userId: string; isWin: boolean; rankPoints: number; mode: "classic" | "mystery" }): Promise<void> {
  const now = new Date();
  const periods: LeaderboardPeriod[] = ["all_time", "monthly", "weekly", "daily"];
  const modes: string[] = [args.mode, "overall"];

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const period of periods) {
      for (const mode of modes) {
        await client.query(
          `INSERT INTO leaderboard_entries (user_id, period, bucket, mode, wins, losses, rank_points, last_match_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now())
           ON CONFLICT (period, bucket, mode, user_id) DO UPDATE
           SET wins = leaderboard_entries.wins + EXCLUDED.wins, losses = leaderboard_entries.losses + EXCLUDED.losses`,
          [args.userId, period, bucketFor(period, now), mode, args.isWin ? 1 : 0, args.isWin ? 0 : 1, args.rankPoints],
        );
      }
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
