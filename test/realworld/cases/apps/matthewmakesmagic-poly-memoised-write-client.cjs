// Source: MatthewMakesMagic/poly — src/backtest/backfill-pyth-oracle.cjs (getWriteClient, writeQuery), reduced by hand, not copied
// Label: hand-over
// Why: `getWriteClient()` checks one client out into the module variable `writeClient` the first time (a dedicated connection, so that a `SET` holds) and returns that same client to every later caller; `writeQuery` borrows it and must not release it, `main()` releases it once at its end and in its catch
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

let writeClient = null;
async function getWriteClient() {
  if (!writeClient) {
    writeClient = await pool.connect();
    await writeClient.query("SET default_transaction_read_only = off");
  }
  return writeClient;
}

async function writeQuery(text, params) {
  const client = await getWriteClient();
  return client.query(text, params);
}

async function main() {
  const windows = await pool.query("SELECT id, close_time FROM window_close_events WHERE oracle_price IS NULL");
  for (const row of windows.rows) {
    await writeQuery("UPDATE window_close_events SET oracle_price = $1 WHERE id = $2", [await priceAt(row.close_time), row.id]);
  }
  if (writeClient) writeClient.release();
  await pool.end();
}

async function priceAt(time) {
  const response = await fetch(`https://prices.example/at?t=${time.getTime()}`);
  return (await response.json()).price;
}

main().catch((error) => {
  console.error("Backfill failed:", error);
  if (writeClient) writeClient.release();
  pool.end();
  process.exit(1);
});
