// Source: Chaotikum/icebox-service — server/controllers/consumptions.js at 34ec7d5^ (consumptions.getConsumptionRecordsForUser, 2016-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the helper checks a client out, hands it to the records query with the caller's callback and never calls done(): every consumer history shown keeps a client
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

module.exports = function (pg, drinkStore, consumerStore, consumptionStore) {
  var consumptions = {};

  consumptions.getConsumptionRecordsForUser = function (username, callback) {
    pg.connect(function (err, client, done) {
      if (handleError(err, client, done, res)) return;

      consumptionStore.getConsumptionRecordsForUser(client, username, callback);
    });
  };

  return consumptions;
};
