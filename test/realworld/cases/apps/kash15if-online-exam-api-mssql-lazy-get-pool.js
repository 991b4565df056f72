// Source: Kash15if/online-exam-api — src/repositories/mssql/client.js at a1aebb1 (getPool), reduced by hand, not copied
// Label: safe
// Why: the SQL Server repository builds mssql's `new sql.ConnectionPool(…)` from a lazily required `mssql` (`getSql()`), awaits its `connect()`, which opens that pool, and keeps it in the module for every later `exec`; no pg client is checked out
const env = require("../../config/env");
const logger = require("../../config/logger");

let pool = null;
let sqlLib = null;

const getSql = () => {
  if (!sqlLib) {
    sqlLib = require("mssql");
  }
  return sqlLib;
};

const getPool = async () => {
  if (pool && pool.connected) return pool;
  const sql = getSql();
  pool = new sql.ConnectionPool({
    server: env.mssql.server,
    database: env.mssql.database,
    pool: { max: env.mssql.poolMax },
    options: { encrypt: env.mssql.encrypt },
  });
  pool.on("error", (err) => logger.error("MSSQL pool error:", err));
  await pool.connect();
  return pool;
};

const exec = async (text, params = {}) => {
  const conn = await getPool();
  const request = conn.request();
  for (const [name, value] of Object.entries(params)) request.input(name, value);
  return request.query(text);
};

const close = async () => {
  if (pool) {
    await pool.close();
    pool = null;
  }
};

module.exports = { exec, getPool, getSql, close };
