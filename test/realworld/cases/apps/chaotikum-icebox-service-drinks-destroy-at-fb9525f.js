// Source: Chaotikum/icebox-service — controllers/drinks.js at fb9525f (drinks.destroy as "missing done() statements added" left it, 2016-04, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Why: the fix puts done() next to `res.end()`, after the lookup is only started: the client goes back to the pool while the SELECT runs, and the lookup's callback then sends the DELETE on a client another request may hold
"use strict";

module.exports = function (pg, store) {
  var drinks = {};

  drinks.destroy = function (req, res) {
    var barcode = req.params.barcode;

    pg.connect(function (err, client, done) {
      store.getDrinkByBarcode(client, barcode, function (drink) {
        store.deleteDrinkById(client, drink.id);
      });

      done();
      res.end();
    });
  };

  return drinks;
};
