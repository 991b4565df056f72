const { Pool } = require("pg");

const pool = new Pool({ user: "postgres", database: "prelim", port: 5432 });

module.exports = pool;
