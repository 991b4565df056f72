// Source: Chaotikum/icebox-service — controllers/consumptions.js at fb9525f^ (consumptions.getConsumptionRecords, 2016-03, pg ^4.4.4; fb9525f "missing done() statements added" adds the done()), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: after the connect error check the records query's callback sends the rows and returns; done() is never called, so each request keeps its client checked out
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

  consumptions.getConsumptionRecords = function (req, res) {
    pg.connect(function (err, client, done) {
      if (handleError(err, client, done, res)) return;

      consumptionStore.getAllConsumptionRecords(client, function (records) {
        res.status(201);
        res.json(records);
      });
    });
  };

  return consumptions;
};
