// Source: Switcheo/demex-insights — src/routes/pools/index.js at d1673c9 (the GET /stats route as "Fix pql client leak" left it), reduced by hand, not copied
// Label: safe
// Why: everything after `fastify.pg.connect()` now sits in a try whose finally releases the client, like the file's other routes
"use strict";

const { getBalanceQuery } = require("../../queries/balances");
const { getOpenPositionUPnl } = require("../../queries/positions");
const { today, daysAgo } = require("../../helpers/time");

module.exports = async function (fastify, opts) {
  fastify.get("/stats", { schema: {} }, async function (request, reply) {
    const client = await fastify.pg.connect();
    try {
      const { rows: volumeRows } = await client.query("SELECT maker_address AS address, SUM(quantity * price) AS total_amount FROM archived_trades GROUP BY 1");
      const volumes = Object.fromEntries(volumeRows.map((r) => [r.address, r]));

      const pools = Array.from((await getPoolDenomsAndStartDates(client)).values());
      const to = today();
      const from = daysAgo(30, to);
      const [query, params] = getBalanceQuery([pools.map((p) => p.poolAddress)], { denom: "cgt/1", from, to });
      const { rows: balanceRows } = await client.query(query, params);

      const results = [];
      for (const pool of pools) {
        const upnl = await getOpenPositionUPnl(client, pool.poolAddress);
        results.push({ id: pool.id, volume: volumes[pool.poolAddress], upnl, balances: balanceRows.length });
      }
      return { stats: results };
    } finally {
      client.release();
    }
  });
};

async function getPoolDenomsAndStartDates(client) {
  const { rows } = await client.query("SELECT id, pool_address, denom, start_date FROM pools");
  return new Map(rows.map((r) => [r.id, { id: r.id, poolAddress: r.pool_address, poolDenom: r.denom, startDate: r.start_date }]));
}
