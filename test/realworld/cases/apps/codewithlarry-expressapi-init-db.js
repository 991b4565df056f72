// Source: codewithlarry/expressapi — db/pgpool.js (initDb), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes after both queries; when CREATE TABLE or the INSERT fails the catch only logs and the manually acquired client stays checked out
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.PG_URL, max: 5 });

const initDb = async () => {
  try {
    let connection = await pool.connect();
    console.log("Manually acquired a connection from the pool");
    await connection.query("CREATE TABLE IF NOT EXISTS customers (id SERIAL PRIMARY KEY, name TEXT, email TEXT)");
    await connection.query("INSERT INTO customers (name, email) VALUES ('Tom', 'tom@test.com')");
    await connection.release();
    console.log("Release this connection to the pool");
  } catch (err) {
    console.log(err);
  }
};

module.exports = { initDb, pool };
