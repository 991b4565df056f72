const sql = require("mssql");

const dbConfig = require("../config");

const pool = new sql.ConnectionPool(dbConfig);

module.exports = pool;
