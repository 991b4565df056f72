// Source: https://github.com/brianc/node-postgres/issues/3082 (sehrope's answer: "if you are using pool.connect() use the returned value directly as a client"; its missing brace before `finally` restored), reduced by hand, not copied
// Label: safe
// Why: the query runs on the client itself inside a try whose finally releases it
const { Pool } = require("pg");

const pool = new Pool();

async function selectOne() {
  const client = await pool.connect();
  try {
    const result = await client.query("SELECT 1", []);
    console.log("Result: %j", result);
  } finally {
    client.release();
  }
}

module.exports = { selectOne };
