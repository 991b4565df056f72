// Source: Bonhomie95/wordwarlive — server/src/services/coinsService.ts at 12b6ed6 (grantCoins, awaited by the socket.io match handler when a duel ends), reduced by hand, not copied
// Label: safe
// Why: a non-positive amount throws before the checkout; the balance UPDATE, the ledger INSERT, COMMIT and the returned balance are in the try, the catch awaits ROLLBACK and rethrows, the finally releases
import { pool } from "../db/pool.js";

type CoinSource = "match_win" | "match_loss" | "ad_reward" | "daily_bonus";

export async function grantCoins(args: {
  userId: string;
  amount: number;
  source: CoinSource;
  metadata?: Record<string, unknown>;
}): Promise<number> {
  if (args.amount <= 0) throw new Error("grantCoins: amount must be positive");
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const r = await client.query<{ coins: number }>(
      "UPDATE users SET coins = coins + $1, updated_at = now() WHERE id = $2 RETURNING coins",
      [args.amount, args.userId],
    );
    await client.query(
      "INSERT INTO coin_grants (user_id, amount, source, metadata) VALUES ($1, $2, $3, $4)",
      [args.userId, args.amount, args.source, args.metadata ?? {}],
    );
    await client.query("COMMIT");
    return r.rows[0]?.coins ?? 0;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
