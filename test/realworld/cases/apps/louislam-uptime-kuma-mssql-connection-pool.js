// Source: louislam/uptime-kuma — server/monitor-types/mssql.js (MssqlMonitorType.mssqlQuery), reduced by hand, not copied
// Label: safe
// Why: `pool` is an mssql `ConnectionPool` whose `connect()` opens the pool itself (no client is handed out); the finally closes it on every path
const mssql = require("mssql");
const { log } = require("../../src/util");

class MssqlMonitorType {
  name = "sqlserver";

  async mssqlQuery(connectionString, query) {
    let pool;
    try {
      pool = new mssql.ConnectionPool(connectionString);
      await pool.connect();
      const result = await pool.request().query(query);
      if (result.recordset) {
        return "Rows: " + result.recordset.length;
      }
      return "No Error, but the result is not an array. Type: " + typeof result.recordset;
    } catch (err) {
      log.debug("sqlserver", "Error caught in the query execution.", err.message);
      throw err;
    } finally {
      if (pool) {
        await pool.close();
      }
    }
  }
}

module.exports = { MssqlMonitorType };
