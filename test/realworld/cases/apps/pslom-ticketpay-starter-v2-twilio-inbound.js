// Source: pslom/ticketpay-starter-v2 — api_disabled/twilio-inbound.js (the exported handler), reduced by hand, not copied
// Label: safe
// Why: a serverless SMS webhook on a module-level pool: each STOP/HELP branch returns from inside the try whose finally releases
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

function twiml(msg) {
  return `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${msg}</Message></Response>`;
}

module.exports = async (req, res) => {
  if (req.method !== "POST") return res.status(405).end();
  const from = (req.body && req.body.From) || "";
  const body = ((req.body && req.body.Body) || "").trim().toUpperCase();
  if (!from) {
    return res.status(200).end(twiml(""));
  }
  const client = await pool.connect();
  try {
    if (body === "STOP") {
      await client.query("UPDATE subscribers SET active=false WHERE phone=$1", [from]);
      return res.status(200).end(twiml("You are opted out. Reply START to opt in again."));
    }
    if (body === "HELP") {
      return res.status(200).end(twiml("TicketPay alerts. Reply STOP to cancel."));
    }
    await client.query("INSERT INTO sms_log (phone, body) VALUES ($1, $2)", [from, body]);
    return res.status(200).end(twiml(""));
  } catch (e) {
    console.error(e);
    return res.status(200).end(twiml(""));
  } finally {
    client.release();
  }
};
