const { Pool } = require("pg");

const pool = new Pool({ database: "bancosolar" });

module.exports = { pool };
