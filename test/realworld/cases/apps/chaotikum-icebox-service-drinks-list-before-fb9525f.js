// Source: Chaotikum/icebox-service — controllers/drinks.js at fb9525f^ (drinks.list, 2016-03, pg ^4.4.4; fb9525f "missing done() statements added" adds the done()), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connect error goes through handleError (done(client)), but the popularity query's callback answers the request and never calls done(): every listing keeps a pooled client until the pool of 10 is gone
"use strict";

var handleError = function (err, client, done, res) {
  if (!err) return false;
  if (client) {
    done(client);
  }
  res.writeHead(500, { "content-type": "text/plain" });
  res.end("An error occurred");
  return true;
};

module.exports = function (pg, store) {
  var drinks = {};

  drinks.list = function (req, res) {
    pg.connect(function (err, client, done) {
      if (handleError(err, client, done, res)) return;

      store.getAllDrinksByPopularity(client, function (rows) {
        res.json(rows);
      });
    });
  };

  return drinks;
};
