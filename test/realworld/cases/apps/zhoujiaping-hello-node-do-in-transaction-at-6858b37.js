// Source: zhoujiaping/hello-node — db/index.js at 6858b37 (doInTransaction, 2017-06-23, pg ^6.4.0), reduced by hand, not copied
// Label: safe
// Why: the async checkout callback releases in its finally whatever BEGIN, the caller's synchronous callback, COMMIT or ROLLBACK did; a connect error leaves no client (the TypeErrors it then throws hold nothing)
const pg = require("pg");

const pool = new pg.Pool({
  user: "postgres",
  host: "localhost",
  database: "test",
  max: 20,
  idleTimeoutMillis: 1000,
});

const db = {
  doInTransaction: async function (cb) {
    return pool.connect(async (err, client, done) => {
      try {
        await client.query("BEGIN");
        cb(null, client);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      } finally {
        client.release();
      }
    });
  },
};

module.exports = db;
