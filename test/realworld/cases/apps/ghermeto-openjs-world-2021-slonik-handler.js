// Source: ghermeto/openjs-world-2021 — app/lib/leakyDBPromises.js (dbPromiseLeakHandler), reduced by hand, not copied
// Label: safe
// Why: slonik's `pool.connect(handler)` lends the connection to the async handler and releases it itself when the handler's promise settles; the handler takes no pg client and no release
const { createPool, sql } = require("slonik");

const pool = createPool("postgres://postgres@localhost:5433/openjs");
const query = sql`SELECT * FROM us_states;`;

module.exports = function dbPromiseLeakHandler(req, res, next) {
  pool.connect(async (connection) => {
    const rows = await connection.any(query);
    res.json(rows);
    return next();
  });
};
