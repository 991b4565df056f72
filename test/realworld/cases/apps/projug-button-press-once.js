// Source: ProJug/Button — server.js at c40a628 (pressOnce), reduced by hand, not copied
// Label: safe
// Why: the click counter's transaction (two upserts with RETURNING, COMMIT, ROLLBACK in the catch) releases in its finally on every path; the repository's AGENTS.md asks for exactly that ("close clients after use")
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function pressOnce(userId) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const totals = await client.query(
      "UPDATE stats SET value = value + 1 WHERE key = 'total_clicks' RETURNING value::bigint AS total"
    );
    const mine = await client.query(
      `INSERT INTO user_stats (user_id, clicks) VALUES ($1, 1)
       ON CONFLICT (user_id) DO UPDATE SET clicks = user_stats.clicks + 1
       RETURNING clicks::bigint AS clicks`,
      [userId]
    );
    await client.query("COMMIT");
    return { total: Number(totals.rows[0].total), mine: Number(mine.rows[0].clicks) };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
