// Source: t-yokoyama/nodejs_mtgweb — database/db.js at d495bc5 (query, unchanged since b0f2736 2016-07-06, pg ^4.4.3), reduced by hand, not copied
// Label: safe
// Why: the node-postgres wiki's query helper: done() comes first in the query callback, then the caller's callback; a connect error throws on the missing client before anything is checked out
var pg = require("pg");

var conString = "postgres://postgres:password@localhost/mtgtestdb";

var query = function (text, values, cb) {
  pg.connect(conString, function (err, client, done) {
    client.query(text, values, function (err, result) {
      done();
      cb(err, result);
    });
  });
};

module.exports.query = query;
