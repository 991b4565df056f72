const { Pool, types } = require("pg");

types.setTypeParser(types.builtins.NUMERIC, (value) => parseFloat(value));
const pool = new Pool({ host: process.env.PG_HOST, database: process.env.PG_DATABASE });

module.exports = pool;
