// Source: CodeYourFuture/Full-Stack-Project-Assessment — server/server.js at refs/pull/35/head (50fa368, a trainee's 2021 submission), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the server "connects" its pool with a bare `pool.connect();` statement at load and then queries through `pool.query`: the checked-out client is dropped and never released; the same line is in 8 later submissions of the assessment (PRs #44, #153, #179, #200, #215, #220, #326, 2021–2023) and in SQL-Coursework-Week3's PR #126
const express = require("express");
const { Pool } = require("pg");
const app = express();

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

pool.connect();

app.use(express.json());

app.get("/", (req, res) => {
  pool.query("select * from videos;", (error, result) => {
    res.json(result.rows);
  });
});

app.listen(process.env.PORT || 5000);
