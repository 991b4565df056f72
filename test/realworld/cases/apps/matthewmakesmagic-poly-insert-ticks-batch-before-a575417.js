// Source: MatthewMakesMagic/poly — src/db/connection.js before a575417 "Fix database connection exhaustion" (insertTicksBatch), reduced by hand, not copied
// Label: safe
// Why: no leak — the finally releases the checkout on every path; the exhaustion the commit fixes is the loop's `insertTick(tick)`, which runs each INSERT through `pool.query` on a second connection while this client sits in its BEGIN (a575417 inserts on the held client instead)
import pg from "pg";

let pgPool = null;

function initPostgres() {
  pgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  return pgPool;
}

export function getDatabase() {
  if (!pgPool) initPostgres();
  return pgPool;
}

export async function insertTick(tick) {
  const pool = getDatabase();
  return pool.query("INSERT INTO ticks (timestamp_ms, crypto, spot_price) VALUES ($1, $2, $3)", [
    tick.timestamp_ms,
    tick.crypto,
    tick.spot_price,
  ]);
}

export async function insertTicksBatch(ticks) {
  const pool = getDatabase();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const tick of ticks) {
      await insertTick(tick);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
