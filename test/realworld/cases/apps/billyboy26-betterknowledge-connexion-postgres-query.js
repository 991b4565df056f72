// Source: BillyBoy26/BetterKnowledge — models/connexionPostgres.js at 8869ff6 (query, unchanged since f41c9aa 2016-04-25, pg 4.4.3), reduced by hand, not copied
// Label: safe
// Why: a copy of the wiki's helper exported as the module itself: done() is the query callback's first statement, the caller's callback the second
var pg = require("pg");
var config = require("../configuration/configPostgres");

var query = function (text, values, callback) {
  pg.connect(config.conString, function (err, client, done) {
    client.query(text, values, function (err, result) {
      done();
      callback(err, result);
    });
  });
};

module.exports = query;
