const { Pool } = require("pg");

const pool: unknown = process.env.PG_HOST ? new Pool({ host: process.env.PG_HOST }) : null;

module.exports = { pool };
