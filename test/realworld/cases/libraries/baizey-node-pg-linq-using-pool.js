// Source: Baizey/node-pg-linq — src/index.js (DbContext.usingPool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the query rejects (bad SQL, lost connection) the release after it is skipped and the client never goes back
const { Pool } = require("pg");

class DbContext {
  usingPool(pool = undefined) {
    if (!pool) pool = new Pool();
    this._conn = pool;
    this._usage = async (sql, params) => {
      const client = await pool.connect();
      const resp = await client.query({ text: sql, values: params });
      client.release();
      return resp;
    };
    return this;
  }
}

module.exports = { DbContext };
