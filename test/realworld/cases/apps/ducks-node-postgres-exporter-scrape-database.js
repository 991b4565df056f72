// Source: ducks/node-postgres-exporter — src/db.js (scrapeDatabase), reduced by hand, not copied
// Label: safe
// Why: only `Date.now()` runs between connect() and the try; the metric queries are in try and finally releases (the catch rethrows a wrapped error)
const client_prom = require("prom-client");

const pgActiveConnections = new client_prom.Gauge({ name: "pg_active_connections", help: "active", labelNames: ["db"] });
const scrapeDuration = new client_prom.Gauge({ name: "pg_scrape_duration_seconds", help: "duration", labelNames: ["db"] });

async function scrapeDatabase(name, pool) {
  const client = await pool.connect();
  const start = Date.now();
  try {
    const active = await client.query("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active'");
    pgActiveConnections.set({ db: name }, parseInt(active.rows[0].count, 10));
    await collectCustomMetrics(client, name);
  } catch (err) {
    throw { name, error: err.message };
  } finally {
    client.release();
    scrapeDuration.set({ db: name }, (Date.now() - start) / 1000);
  }
}

async function collectCustomMetrics(client, name) {
  await client.query("SELECT 1");
  return name;
}

module.exports = { scrapeDatabase };
