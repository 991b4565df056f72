// Source: cosmic-cuttlefish/reviews-api — server/models/reviews.js (testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is closed with `client.end()` instead of `release()`, so the pool still counts it as checked out; a failed query skips even that
const pool = require("./connect");

module.exports = {
  testConnection: async function testConnection() {
    const client = await pool.connect();
    const res = await client.query("SELECT * FROM review LIMIT 10;");
    await client.end();
    console.log("connected", res);
  },
};
