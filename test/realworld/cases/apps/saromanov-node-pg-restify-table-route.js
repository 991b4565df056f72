// Source: saromanov/node-pg-restify — server.js at 0d23313 (POST /table; written 2015-12, pg ^4.4.3), reduced by hand, not copied
// Label: safe
// Why: the restify route's `pg.connect` callback builds the SELECT and calls done() first thing in the query callback on both outcomes; on a connect error there is no client and `client.query` throws on undefined with nothing checked out
var restify = require("restify");
var pg = require("pg");
var util = require("util");

var Init = function (username, password, db) {
  var connection = util.format("postgres://%s:%s@localhost/%s", username, password, db);
  var server = restify.createServer({ name: "node-pg-restify" });
  server.use(restify.bodyParser());

  server.post("/table", function (req, res, next) {
    pg.connect(connection, function (err, client, done) {
      if (err) {
        res.send({ result: "null", type: "connection", error: err });
      }
      var str = util.format("SELECT * FROM %s", req.params.table);
      client.query(str, function (err, result) {
        done();
        if (err) {
          res.send({ result: "null", type: "query", error: err });
        }
        res.send({ result: result, type: "query", error: "null" });
      });
    });
  });

  server.listen(8080);
};

Init("postgres", "postgres", "postgres");
