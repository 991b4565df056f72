const { Pool } = require("pg");

const pool = new Pool({ host: process.env.DB_HOST, database: process.env.DB_NAME });

module.exports = { pool };
