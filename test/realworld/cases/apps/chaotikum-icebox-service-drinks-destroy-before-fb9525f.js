// Source: Chaotikum/icebox-service — controllers/drinks.js at fb9525f^ (drinks.destroy, 2016-03, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connect error is not looked at; the lookup's callback fires the DELETE and the handler answers at once, but nothing ever calls done(): every delete keeps its client
"use strict";

module.exports = function (pg, store) {
  var drinks = {};

  drinks.destroy = function (req, res) {
    var barcode = req.params.barcode;

    pg.connect(function (err, client, done) {
      store.getDrinkByBarcode(client, barcode, function (drink) {
        store.deleteDrinkById(client, drink.id);
      });

      res.end();
    });
  };

  return drinks;
};
