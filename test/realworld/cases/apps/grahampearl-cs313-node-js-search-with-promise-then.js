// Source: GrahamPearl/cs313-node-js — models/database.js at feeb944 (searchWithPromise), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the promise-chain variant's first `.then(() => …)` ignores the client `pool.connect()` resolves to and queries through the pool; the client is never released
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const searchWithPromise = (sql, params) => {
  console.log("searching");
  pool
    .connect()
    .then(() => console.log("connected"))
    .then(() =>
      pool
        .query(sql, params)
        .then((res) => console.table(res.rows))
        .catch((e) => console.error(e))
    );
};

module.exports = { searchWithPromise };
