const { Pool } = require("pg");
require("dotenv").config();

module.exports = new Pool({
  host: process.env.POSTGRES_HOST,
  port: Number(process.env.POSTGRES_PORT),
  database: process.env.POSTGRES_DATABASE,
});
