// Source: https://github.com/brianc/node-postgres/issues/1331 (the reporter's testPool.doQueryCallback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query callback reads `d.rows[0]` before calling r(); a failed query leaves d undefined, the read throws and the client stays out
const { Pool } = require("pg");

const pool = new Pool({ database: "foo", max: 5 });
const log = (...args) => console.log(...args);

class TestPool {
  doQueryCallback(i) {
    log(i, "start connect");
    pool.connect((err, c, r) => {
      log(i, "connect err", err);
      c.query("select pg_sleep(2)", [], (e, d) => {
        log(i, "query", e, d.rows[0]);
        r();
      });
    });
  }
}

module.exports = TestPool;
