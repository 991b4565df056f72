// Source: mjhea0/node-postgres-todo — server/routes/index.js (GET /api/v1/todos as PR #4 "Fix connection pool problems" left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix moved the error test first and calls done() in the query's 'end' listener, but only there: a failing SELECT emits 'error' and never 'end', so that client is never released
const express = require("express");
const pg = require("pg");

const router = express.Router();
const connectionString = process.env.DATABASE_URL || "postgres://localhost:5432/todo";

router.get("/api/v1/todos", (req, res, next) => {
  const results = [];
  pg.connect(connectionString, (err, client, done) => {
    if (err) {
      done();
      console.log(err);
      return res.status(500).json({ success: false, data: err });
    }
    const query = client.query("SELECT * FROM items ORDER BY id ASC;");
    query.on("row", (row) => {
      results.push(row);
    });
    query.on("end", () => {
      done();
      return res.json(results);
    });
  });
});

module.exports = router;
