// Source: NodeBB/NodeBB — src/database/postgres/sorted.js (module.processSortedSet), reduced by hand, not copied
// Label: leak
// Why: `options.reverse` (options may be undefined) and each awaited `cursor.readAsync(…)` run outside the loop's try; only the empty batch and the try's catch release
const Cursor = require("pg-cursor");
const util = require("util");

const sleep = util.promisify(setTimeout);

module.exports = function (module) {
  module.processSortedSet = async function (setKey, process, options) {
    const client = await module.pool.connect();
    const batchSize = (options || {}).batch || 100;
    const sort = options.reverse ? "DESC" : "ASC";
    const cursor = client.query(new Cursor(`SELECT z."value", z."score" FROM "legacy_zset" z WHERE z."_key" = $1::TEXT ORDER BY z."score" ${sort}`, [setKey]));

    if (process && process.constructor && process.constructor.name !== "AsyncFunction") {
      process = util.promisify(process);
    }
    let iteration = 1;
    while (true) {
      let rows = await cursor.readAsync(batchSize);
      if (!rows.length) {
        client.release();
        return;
      }
      rows = options.withScores ? rows.map((r) => ({ value: r.value, score: parseFloat(r.score) })) : rows.map((r) => r.value);
      try {
        if (iteration > 1 && options.interval) {
          await sleep(options.interval);
        }
        await process(rows);
        iteration += 1;
      } catch (err) {
        await client.release();
        throw err;
      }
    }
  };
};
