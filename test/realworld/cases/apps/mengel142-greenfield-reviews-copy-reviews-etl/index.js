const { Pool } = require("pg");
require("dotenv").config();

var pool = new Pool({
  user: process.env.PGUSER,
  host: process.env.PGHOST,
  database: process.env.PGDATABASE,
});

module.exports = pool;
