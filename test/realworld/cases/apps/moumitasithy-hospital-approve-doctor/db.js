const { Pool } = require("pg");

const pool = new Pool({ database: "Hospital_Management_System", max: 10, idleTimeoutMillis: 30000 });

module.exports = pool;
