// Source: SA011/Dream-Sports-League-Backend — database/connect.js at 799f12f^ (module.exports.connect, before "Bug Fix" replaced it with a Pool per getConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the startup probe awaits `pool.connect()` and drops the client it resolves to: the checkout is never released and holds one of the pool's connections for the life of the process
const { Pool } = require("pg");

const pool = new Pool({
  user: process.env.PGUSER,
  host: process.env.PGHOST,
  database: process.env.PGDATABASE,
  password: process.env.PGPASSWORD,
  port: process.env.PGPORT,
  ssl: true,
});

module.exports.connect = async () => {
  try {
    await pool.connect();
  } catch (error) {
    console.log(error);
  }
};

module.exports.pool = pool;
