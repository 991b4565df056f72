// Source: NodeBB/NodeBB — src/database/postgres/connection.js (connection.connect), reduced by hand, not copied
// Label: leak
// Why: the pool is "tested" with `await db.connect()` and returned; the client that call checks out is dropped and never released
const _ = require("lodash");

const connection = module.exports;

connection.getConnectionOptions = function (postgres) {
  return _.merge({ host: postgres.host, port: postgres.port, database: postgres.database }, postgres.options || {});
};

connection.connect = async function (options) {
  const { Pool } = require("pg");
  const connOptions = connection.getConnectionOptions(options);
  const db = new Pool(connOptions);
  await db.connect();
  return db;
};
