// Source: Chaotikum/icebox-service — app/controllers/consumers.js at b4b23ea (consumers.showHistory; unchanged since 7c315c5, 2017-10-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the store answers an unknown username with no error and `rows[0]` undefined, so `consumer.log = …` throws inside the innermost callback before done(): each history request for a missing user keeps a client
"use strict";

var utils = require("./utils");

module.exports = function (pg, consumerStore, broadcast, consumptionStore) {
  var consumers = {};

  consumers.showHistory = function (req, res) {
    var username = req.params.username;
    var days = req.params.days;

    pg.connect(function (err, client, done) {
      if (utils.handleError(err, client, done, res)) {
        return;
      }

      consumerStore.getConsumersByName(client, username, function (err, consumer) {
        if (utils.handleError(err, client, done, res)) {
          return;
        }

        consumptionStore.getConsumptionRecordsForUser(client, username, days, function (err, records) {
          if (utils.handleError(err, client, done, res)) {
            return;
          }

          consumer.log = records;

          done();
          res.json(consumer);
        });
      });
    });
  };

  return consumers;
};
