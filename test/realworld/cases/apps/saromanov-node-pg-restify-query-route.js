// Source: saromanov/node-pg-restify — server.js at 0d23313 (POST /query; written 2015-12, pg ^4.4.3), reduced by hand, not copied
// Label: safe
// Why: pg 4's `pg.connect` callback calls done() first thing in the query's callback on both outcomes; a connect error leaves no client (the fall-through to `client.query` throws on undefined, with nothing checked out)
var restify = require("restify");
var pg = require("pg");
var util = require("util");

function init(username, password, db) {
  var connection = util.format("postgres://%s:%s@localhost/%s", username, password, db);
  var server = restify.createServer({ name: "node-pg-restify" });
  server.use(restify.bodyParser());

  server.post("/query", function (req, res, next) {
    pg.connect(connection, function (err, client, done) {
      if (err) {
        res.send({ result: "null", type: "connection", error: err });
      }

      client.query(req.params.query, function (err, result) {
        done();
        if (err) {
          res.send({ result: "null", type: "query", error: err });
        }

        res.send({ result: result, type: "query", error: "null" });
      });
    });
    return next();
  });

  server.listen(8080);
}

init("postgres", "postgres", "postgres");
