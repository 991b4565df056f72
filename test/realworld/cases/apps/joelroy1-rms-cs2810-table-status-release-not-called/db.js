const { Pool } = require("pg");

const pool = new Pool({ host: "postgresdb", database: "restaurant", max: 20 });

module.exports = { pool };
