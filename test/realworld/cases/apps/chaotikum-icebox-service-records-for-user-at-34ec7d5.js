// Source: Chaotikum/icebox-service — server/controllers/consumptions.js at 34ec7d5 (consumptions.getConsumptionRecordsForUser as "debug output for pool size and missing done()" left it, 2016-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Why: the fix calls done() on the line after the records query is started, so the client goes back to the pool with its query still running and the rows arrive on a client the pool may already have lent out
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
      done();
    });
  };

  return consumptions;
};
