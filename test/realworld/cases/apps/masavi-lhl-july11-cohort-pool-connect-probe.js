// Source: Masavi/lhl-july11-cohort — L11-SQL-from-our-apps/database/pool.js at 0b48650, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Lighthouse Labs lecture's pool module checks a client out at load with a callback that takes only `err`, so the client it is handed (and its release) is dropped and stays checked out; find_string shows the lecture's lines copied into a student's LightBnB `db/index.js`, and Code Your Future students wrote the same probe (SQL-Coursework-Week3 PR #117, Full-Stack-Project-Assessment PR #392, which throws instead of logging)
const { Pool } = require("pg");

const pool = new Pool({
  user: "postgres",
  host: "localhost",
  database: "lighthouse_labs",
  password: "admin",
});

pool.connect((err) => {
  if (err) console.log("Client connection error \n", err);
});

module.exports = pool;
