// Source: diovannaschell/brisa-zetta — backend/api/database/postgres/postgres.js at 36be778 (connect), reduced by hand, not copied
// Label: leak
// Why: the import script's connection helper probes the pool with `await pool.connect()` and drops the client it returns, then hands the caller a second checkout; the probe's client is never released, so every first call keeps one connection out of the pool (the helper's two returned checkouts, `pool.connect()` in the source, go through ./hand-out.js here: one acquisition site a case)
const { Pool } = require('pg');
const Logger = require('./logger');
const { handOut } = require('./hand-out');

const pool = new Pool({ user: 'postgres', host: 'localhost', database: 'zetta', port: 5432 });
const global = {};

module.exports.connect = async () => {
  if (global.connection) {
    return handOut(global.connection);
  }
  try {
    await pool.connect();
    global.connection = pool;
    return handOut(pool);
  } catch (error) {
    Logger.error({ ...error, type: 'database-error', local: 'postgre-connect' });
    return null;
  }
};
