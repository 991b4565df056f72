// Source: https://eslint.interlace.tools/docs/pg/rules/no-missing-client-release ("Known False Negatives": "Callback Pattern", which the plugin says it does not detect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the callback checkout's `done` is never called: the query callback hands the result on and the client stays checked out
const { Pool } = require("pg");

const pool = new Pool();

function runQuery(callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    client.query("SELECT 1", (err, res) => {
      callback(err, res);
    });
  });
}

module.exports = { runQuery };
