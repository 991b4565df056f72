// Source: pslom/ticketpay-starter-v2 — api/router.js (handleDbPing), reduced by hand, not copied
// Label: safe
// Why: the ping's checkout from the lazily made pool is released by the inner try's finally; a failed connect goes to the outer catch with nothing to release
const { Pool } = require("pg");

let _pool;
function pool() {
  if (!_pool) _pool = new Pool({ connectionString: process.env.DATABASE_URL });
  return _pool;
}

async function handleDbPing(_req, res) {
  try {
    const client = await pool().connect();
    try {
      const r = await client.query("select now() as now, current_database() as db");
      res.end(JSON.stringify({ ok: true, db: r.rows[0] }));
    } finally { client.release(); }
  } catch (e) {
    res.statusCode = 500;
    res.end(JSON.stringify({ ok: false, error: String((e && e.message) || e) }));
  }
}

module.exports = { handleDbPing };
