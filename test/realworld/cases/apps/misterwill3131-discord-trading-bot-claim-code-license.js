// Source: Misterwill3131/discord-trading-bot — db/postgres.js at 2c98620 (consumeClaimCodeAndCreateLicense), reduced by hand, not copied
// Label: safe
// Why: the lazily made pool is taken into a local named `p` and the function returns false when there is none; BEGIN, the customer UPDATE, the licence upsert and COMMIT run inside the try, the catch swallows a failing ROLLBACK and answers false, the finally releases
const { Pool } = require("pg");

let pool = null;

function getPool() {
  if (!process.env.DATABASE_URL) return null;
  if (!pool) pool = new Pool({ connectionString: process.env.DATABASE_URL });
  return pool;
}

async function consumeClaimCode({ customerId, guildId, plan }) {
  const p = getPool();
  if (!p) return false;
  const client = await p.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE customers SET guild_id = $1, claim_code = NULL WHERE id = $2", [guildId, customerId]);
    await client.query(
      "INSERT INTO licenses (guild_id, status, plan) VALUES ($1, 'active', $2) ON CONFLICT (guild_id) DO UPDATE SET status = 'active', plan = EXCLUDED.plan",
      [guildId, plan || "standard"],
    );
    await client.query("COMMIT");
    return true;
  } catch (err) {
    try { await client.query("ROLLBACK"); } catch {}
    console.error("[postgres] consumeClaimCode failed:", err.message);
    return false;
  } finally {
    client.release();
  }
}

module.exports = { consumeClaimCode };
