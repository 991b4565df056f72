// Source: NodeBB/NodeBB — src/database/postgres/main.js (module.scan), reduced by hand, not copied
// Label: safe
// Why: submitting the cursor before the try cannot throw; the reads are in try and the finally closes the cursor and releases the client in the close callback
const Cursor = require("pg-cursor");

module.exports = function (module) {
  module.scan = async function (params) {
    const batchSize = params.batch || 1000;
    const found = new Set();

    const client = await module.pool.connect();

    const cursor = client.query(new Cursor('SELECT "_key" FROM "legacy_object_live" WHERE "_key" ~ $1', [params.match]));

    try {
      const fetchRows = () =>
        new Promise((resolve, reject) => {
          cursor.read(batchSize, (err, rows) => {
            if (err) return reject(err);
            resolve(rows);
          });
        });
      let rows;
      do {
        rows = await fetchRows();
        for (const row of rows) {
          found.add(row._key);
        }
      } while (rows.length > 0);
    } finally {
      cursor.close(() => {
        client.release();
      });
    }

    return Array.from(found);
  };
};
