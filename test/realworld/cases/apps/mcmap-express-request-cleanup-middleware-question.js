// Source: https://mcmap.net/q/1427371/-setting-up-request-cleanup-middleware-in-expressjs (a copy of the Stack Overflow question "Setting up request cleanup middleware in expressjs", dbConnect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the asker's global middleware checks out a legacy `pg.connect(conString, cb)` client per request and parks `{ client, done }` on `res.locals` (and on the shared `app.locals`, which the next request overwrites), asking how to call `done` after the chain ends "be it by res.send, throwing an exception or passing err to next()"; as posted, nothing calls `done`, so every request keeps its client
var express = require("express");
var pg = require("pg");
var dbConn = process.env.DATABASE_URL;

var app = express();

function dbConnect(req, res, next) {
  if (res.locals.pgCtx) {
    next();
    return;
  }
  pg.connect(dbConn, function (err, client, done) {
    if (err) {
      res.send(500, err.message);
    } else {
      app.locals.pgCtx = res.locals.pgCtx = { client: client, done: done };
      next();
    }
  });
}

app.use(express.bodyParser());
app.use(dbConnect);
app.use(app.router);

module.exports = app;
