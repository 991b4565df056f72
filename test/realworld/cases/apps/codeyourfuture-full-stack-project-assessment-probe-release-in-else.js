// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/server.js at refs/pull/334/head (51c6a24, 2024), reduced by hand, not copied
// Label: safe
// Why: a trainee's start-up probe releases in the `else` of its error check, with no return in between: a failed checkout has no client, a successful one goes straight back (the callback's `done` is left unused)
const express = require("express");
const app = express();
const { Pool } = require("pg");

const pool = new Pool({
  user: process.env.DB_USER,
  host: process.env.DB_HOST,
  ssl: { rejectUnauthorized: false, require: true },
});

pool.connect((err, client, done) => {
  if (err) {
    console.error("Error connecting to the database:", err);
  } else {
    client.release();
  }
});

pool.on("error", (err, client) => {
  console.error("Unexpected error on idle client", err);
  process.exit(-1);
});

app.listen(process.env.PORT || 3000);
