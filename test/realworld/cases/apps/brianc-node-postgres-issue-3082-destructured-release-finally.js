// Source: https://github.com/brianc/node-postgres/issues/3082 (doug65536's test, "Cannot read properties of undefined (reading 'handleRowDescription')"), reduced by hand, not copied
// Label: safe
// Why: the checked-out client is destructured into its internal `connection` and its `release`, and the query's promise ends with `.finally(release)`, so the client goes back whether the (misused) query resolves, rejects or throws; the crash in the thread comes from querying the internal connection, not from a leak
const assert = require("assert");
const { Pool } = require("pg");

const pool = new Pool();

function checkPool() {
  const pending = pool.connect();
  return pending
    .then(({ connection, release }) => {
      return new Promise((resolve, reject) => {
        connection.query("SELECT 1;", [], (err, result) => {
          assert.equal("worked!", "worked!");
          if (err) reject(err);
          else resolve(result);
        });
      }).finally(release);
    })
    .catch(() => {
      assert.equal("worked", "nope");
    });
}

module.exports = { checkPool };
