const Pool = require("pg").Pool;

const pool = new Pool({ user: "postgres", host: "localhost", database: "shop" });

module.exports = pool;
