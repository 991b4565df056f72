// Source: https://preproom.ai/code/oc-g406 (the incident's new code path, as the question describes it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: one early-return error branch inside the manual transaction returns without COMMIT/ROLLBACK and without releasing
const { Pool } = require("pg");

const pool = new Pool({ max: 20 });

async function reserveSeat(userId, seatId) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const seat = await client.query("SELECT taken FROM seats WHERE id = $1 FOR UPDATE", [seatId]);
    if (seat.rows.length === 0 || seat.rows[0].taken) {
      return { ok: false, reason: "seat unavailable" };
    }
    await client.query("UPDATE seats SET taken = true, user_id = $2 WHERE id = $1", [seatId, userId]);
    await client.query("COMMIT");
    client.release();
    return { ok: true };
  } catch (err) {
    await client.query("ROLLBACK");
    client.release();
    throw err;
  }
}

module.exports = { reserveSeat };
