// Source: paulphoku/tnt-courier-server — db/index.js (query), reduced by hand, not copied
// Label: safe
// Why: the caller's query is sent callback-style (the routes pass their callback, or util.promisify adds one) between BEGIN and COMMIT; pg runs a client's queries in order, so the awaited COMMIT (or ROLLBACK) settles after it, and the finally releases on every path
const conf = require("./conf");
const pg = require("pg");

const pool = new pg.Pool(conf.db_conf);

module.exports = {
  async query(q, params, callback) {
    const client = await pool.connect();
    let res;
    try {
      await client.query("BEGIN");
      try {
        res = client.query(q, params, callback);
        await client.query("COMMIT");
      } catch (err) {
        console.log("psql erro: ", err);
        await client.query("ROLLBACK");
        throw err;
      }
    } finally {
      client.release();
    }
    return res;
  },
};
