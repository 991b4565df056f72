const { Pool } = require("pg");

const pool = new Pool({ database: "reviews", user: "sdc", password: process.env.POSTGRES_PWD, max: 20 });

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
  process.exit(-1);
});

module.exports.pool = pool;
