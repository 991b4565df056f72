const { Pool } = require("pg");

const pool = new Pool({ user: "postgres", host: "localhost", database: "finaltest" });

module.exports = pool;
