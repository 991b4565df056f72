const sql = require("mssql");

const connection = {
  config: {
    server: process.env.DB_SERVER,
    database: process.env.DB_NAME,
    options: { encrypt: true },
    pool: { max: 4, min: 1, idleTimeoutMillis: 10000 },
  },
};

function connect() {
  return sql.connect(connection.config);
}

module.exports = { connect, sql };
