// Source: gstreetmedia/express-core — helper/mssql-pool.js (module export), reduced by hand, not copied
// Label: safe
// Why: a registry of pools keyed by the md5 of the connection string, the same shape as the project's pg registry beside it — but these are mssql ConnectionPools: `pool.connect(cb)` opens the mssql pool, its callback takes only an error, and no pg client is checked out
let mssql = require("mssql");
let md5 = require("md5");
let connectionStringParser = require("./connection-string-parser");
let pools = {};
const sleep = require("util").promisify(setTimeout);

module.exports = async (connectionString) => {
  let key = md5(connectionString);
  if (pools[key] && pools[key]._connecting === false && pools[key]._connected === true) {
    return pools[key];
  }
  let cs = connectionStringParser(connectionString);
  let pool = new mssql.ConnectionPool({ user: cs.username, password: cs.password, server: cs.host, database: cs.database, pool: { max: 10 } });

  pool.connect((err) => {
    if (err !== null) {
      console.log("removing connection " + key);
      delete pools[key];
    }
  });

  pool.on("error", () => {
    delete pools[key];
  });
  if (pool._connecting) await sleep(1000);
  pools[key] = pool;
  return pool;
};
