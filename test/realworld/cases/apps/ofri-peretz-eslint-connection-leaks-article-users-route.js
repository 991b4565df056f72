// Source: ofri-peretz/eslint — distribution/articles/pg/08-connection-leaks.md ("PostgreSQL Connection Leaks: The pool.connect() Trap", eslint-plugin-pg's write-up of the leaks it was built for; the opening route), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks a client out, queries and answers, and never releases it: "after enough requests, your app hangs"
const express = require("express");
const { Pool } = require("pg");

const app = express();
const pool = new Pool();

app.get("/users", async (req, res) => {
  const client = await pool.connect();
  const result = await client.query("SELECT * FROM users");
  res.json(result.rows);
});

module.exports = app;
