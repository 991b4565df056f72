// Source: Chaotikum/icebox-service — app/controllers/drinks.js at b4b23ea (drinks.update; unchanged since 7c315c5, 2017-10-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: neither the connect error nor the update's error is looked at: when the UPDATE fails `drink` is undefined and `drink.barcode` throws inside the callback before done(), so the client is never given back
"use strict";

module.exports = function (pg, store, broadcast) {
  var drinks = {};

  drinks.update = function (req, res) {
    var barcode = req.params.barcode;
    var fullprice = req.body.fullprice;
    var quantity = req.body.quantity;

    pg.connect(function (err, client, done) {
      store.updateDrink(client, fullprice, barcode, quantity, function (err, drink) {
        broadcast.sendEvent({ eventtype: "drinkupdate", drink: drink.barcode });

        done();
        res.json(drink);
      });
    });
  };

  return drinks;
};
