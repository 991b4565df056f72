// Source: ribnuu/pern-aws-project — Server/config/dbClientPool.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the helper checks out from the database's pool inside a try and returns the client; the catch only logs and rethrows the connect error
const { Pool } = require("pg");

const pools = {};

const getDbPool = (dbName) => {
  if (!pools[dbName]) {
    pools[dbName] = new Pool({ host: process.env.DB_HOST, database: dbName, max: 20 });
    pools[dbName].on("error", (err) => console.error(`Unexpected error on idle client in pool ${dbName}:`, err));
  }
  return pools[dbName];
};

const getClient = async (dbName) => {
  const pool = getDbPool(dbName);
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    console.error(`Failed to connect to database ${dbName}:`, error);
    throw error;
  }
};

module.exports = { getClient, getDbPool };
