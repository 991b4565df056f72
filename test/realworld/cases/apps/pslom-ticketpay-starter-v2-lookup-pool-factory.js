// Source: pslom/ticketpay-starter-v2 — api/router.js (handleLookup), reduced by hand, not copied
// Label: safe
// Why: a Vercel function's router checks out from a lazily made module pool (`pool().connect()`) after validating the body; the try's finally releases on every path
const { Pool } = require("pg");

let _pool;
function pool() {
  if (!_pool) {
    _pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  }
  return _pool;
}

async function ensureSchema(client) {
  await client.query("CREATE TABLE IF NOT EXISTS tickets (ticket_number text primary key, plate text, state text)");
}

async function handleLookup(req, res, body) {
  let data = {};
  try { data = JSON.parse(body || "{}"); } catch {}
  const ticketNumber = (data.ticket_number || "").trim();
  const plate = (data.plate || "").trim().toUpperCase();
  const state = (data.state || "").trim().toUpperCase();
  if (!ticketNumber && !(plate && state)) {
    return text(res, 400, "Provide either {ticket_number} or {plate,state}");
  }

  const client = await pool().connect();
  try {
    await ensureSchema(client);
    let tickets = [];
    if (ticketNumber) {
      const r = await client.query("SELECT * FROM tickets WHERE ticket_number=$1 LIMIT 1", [ticketNumber]);
      tickets = r.rows.length ? [r.rows[0]] : [];
    } else {
      const r = await client.query("SELECT * FROM tickets WHERE plate=$1 AND state=$2", [plate, state]);
      tickets = r.rows;
    }
    json(res, 200, { tickets, plate, state, ticket_number: ticketNumber });
  } catch (e) {
    console.error("lookup error", e);
    text(res, 500, "error");
  } finally { client.release(); }
}

function json(res, status, obj) {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify(obj));
}

function text(res, status, body) {
  res.statusCode = status;
  res.end(body);
}

module.exports = { handleLookup };
