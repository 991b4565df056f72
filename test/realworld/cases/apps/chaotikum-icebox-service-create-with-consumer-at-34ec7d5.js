// Source: Chaotikum/icebox-service — server/controllers/consumptions.js at 34ec7d5 (consumptions.createWithConsumer as "debug output for pool size and missing done()" left it, 2016-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix calls done() before each of the three answers, but the drink lookup's error is never looked at: an unknown barcode (no row) leaves `drink` undefined and `drink.fullprice` throws inside the consumer callback before any done(), so the client is never given back
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

module.exports = function (pg, drinkStore, consumerStore, consumeDrink) {
  var consumptions = {};

  consumptions.createWithConsumer = function (req, res) {
    var username = req.params.username;
    var barcode = req.body.barcode;

    pg.connect(function (err, client, done) {
      if (handleError(err, client, done, res)) return;

      drinkStore.getDrinkByBarcode(client, barcode, function (err, drink) {
        consumerStore.getConsumersByName(client, username, function (err, consumer) {
          if (handleError(err, client, done, res)) return;

          var price = drink.fullprice;
          if (consumer.ledger > 0) {
            price = drink.discountprice;
          }
          if (consumer.ledger < price && consumer.username != "Anon") {
            done();
            res.status(402);
            res.json({ message: "Insufficient funds" });
          } else if (drink.quantity == 0) {
            done();
            res.status(412);
            res.json({ message: "This drink is not available." });
          } else {
            done();
            consumeDrink(res, consumer, drink);
          }
        });
      });
    });
  };

  return consumptions;
};
