// Source: Chaotikum/icebox-service — app/controllers/consumptions.js at b4b23ea (undoConsumption; unchanged since 7c315c5, 2017-10-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: after the connect error check, the chain of four store calls answers the request but never calls done(): every undone consumption keeps its client for good
"use strict";

var utils = require("./utils");

module.exports = function (pg, drinkStore, consumerStore, consumptionStore) {
  var consumptions = {};

  function undoConsumption(consumptionId, barcode, username, res) {
    pg.connect(function (err, client, done) {
      if (utils.handleError(err, client, done, res)) {
        return;
      }

      consumptionStore.removeConsumptionRecord(client, consumptionId, function () {
        drinkStore.getDrinkByBarcode(client, barcode, function (err, drink) {
          drinkStore.updateDrink(client, drink.fullprice, drink.barcode, drink.quantity + 1, function () {
            if (username == "Anon") {
              res.status(201);
            } else {
              consumerStore.addDeposit(client, username, 125, function (err, consumer) {
                res.status(201);
                res.json(consumer);
              });
            }
          });
        });
      });
    });
  }

  consumptions.undo = function (req, res) {
    undoConsumption(req.body.id, req.body.barcode, req.body.username, res);
  };

  return consumptions;
};
