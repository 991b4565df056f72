// Source: dilshadmustafa/myshop-mern — test/test2.js (a CockroachDB connection test shaped after the tutorial's IIFE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the IIFE checks out a client and sends a callback query whose callback only logs (or throws); the client is never released and the pool keeps the process alive
const { Pool } = require("pg");
require("dotenv").config();

(async () => {
  const pool = new Pool({
    connectionString: process.env.CRDB_URI,
    application_name: "test2",
  });

  const client = await pool.connect();

  let result;
  client.query("SELECT * FROM bank.accounts", (err, res) => {
    if (err) throw err;
    console.table(res.rows);
    result = res.rows;
  });
})().catch((err) => console.log(err.stack));
