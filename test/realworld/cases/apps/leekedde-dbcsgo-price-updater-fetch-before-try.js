// Source: LeekedDE/dbcsgo — worker/src/priceUpdater.js (updatePricesFromSkinport), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out before the price fetch; an empty result returns early and a failed fetch throws, both before the try whose finally releases it
const { getPool } = require("./db");
const { fetchPrices } = require("./priceSources/skinport");

async function updatePrices({ currency = "EUR", log = console } = {}) {
  const pool = getPool();
  const client = await pool.connect();

  const { items, fetchedAt } = await fetchPrices({ currency, log });
  if (!items.length) {
    log.warn("[price] no items; nothing written");
    return { fetched: 0, updated: 0 };
  }

  const capturedAt = fetchedAt ?? new Date();
  try {
    await client.query("BEGIN");
    await client.query("CREATE TEMP TABLE tmp_prices (name text, price numeric) ON COMMIT DROP");
    for (const item of items) {
      await client.query("INSERT INTO tmp_prices VALUES ($1, $2)", [item.name, item.price]);
    }
    const res = await client.query(
      "INSERT INTO price_snapshots (name, price, captured_at) SELECT name, price, $1 FROM tmp_prices",
      [capturedAt]
    );
    await client.query("COMMIT");
    return { fetched: items.length, updated: res.rowCount };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

module.exports = { updatePrices };
