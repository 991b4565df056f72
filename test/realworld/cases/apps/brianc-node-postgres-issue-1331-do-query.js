// Source: https://github.com/brianc/node-postgres/issues/1331 (the reporter's testPool.doQuery), reduced by hand, not copied
// Label: safe
// Why: a logging helper runs between connect and try, then the finally releases (the query itself goes to the pool)
const { Pool } = require("pg");

const pool = new Pool({ database: "foo", max: 5, idleTimeoutMillis: 1000 });
const log = (...args) => console.log(...args);

class TestPool {
  async doQuery(i) {
    log(i, "start connect");
    let c = await pool.connect();
    log(i, "connected");
    try {
      const r = await pool.query("select pg_sleep(2)", []);
      log(i, "query result:", r.rows[0]);
    } catch (e) {
      console.error(e);
    } finally {
      c.release();
    }
  }
}

module.exports = TestPool;
