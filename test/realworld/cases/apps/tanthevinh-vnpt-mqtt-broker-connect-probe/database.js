const Pool = require("pg").Pool;

const pool = new Pool({
  host: "localhost",
  database: "MQTT",
  user: "postgres",
  port: 5432,
});

module.exports = pool;
