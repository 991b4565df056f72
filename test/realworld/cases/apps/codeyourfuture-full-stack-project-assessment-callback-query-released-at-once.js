// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/server.js at refs/pull/3/head (626770a, 2021), GET /, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the route starts a callback-style `client.query(query, cb)` and calls `client.release()` on the next line, so the client goes back to the pool with its query still running (and a failed query makes the callback read `result.rows` of undefined)
require("dotenv").config();
const express = require("express");
const { Pool } = require("pg");
const app = express();

const pool = new Pool({ user: process.env.DB_USER, host: process.env.DB_URL, database: process.env.DB_NAME });

app.get("/", async function (req, res) {
  let query = "SELECT * FROM videos";
  if (req.query.order === "desc") {
    query += " ORDER BY title DESC";
  }
  const client = await pool.connect();
  client.query(query, (error, result) => {
    res.json(result.rows);
  });
  client.release();
});

app.listen(process.env.port || 5000);
