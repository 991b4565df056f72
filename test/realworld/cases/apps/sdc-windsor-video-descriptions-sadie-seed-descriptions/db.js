const { Pool } = require("pg");

const pool = new Pool({ database: "videos", max: 20 });

module.exports = pool;
