// Source: https://github.com/brianc/node-postgres/issues/227 (the maintainer's "dead clients" example), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler returns `next()` when there is no session before any release; the checked-out client stays out
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool();
const app = express();

app.get("/", (req, res, next) => {
  pool.connect((err, client, done) => {
    if (err) return next(err);
    if (!req.session) {
      return next();
    }
    client.query("SELECT * FROM customers WHERE id = $1", [req.session.customerId], (queryErr, result) => {
      done();
      if (queryErr) return next(queryErr);
      res.json(result.rows[0]);
    });
  });
});

module.exports = app;
