// Source: Chaotikum/icebox-service — app/controllers/drinks.js at b4b23ea (drinks.create; unchanged since 7c315c5, 2017-10-05, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `pg` is the project's persistence module (its connect wraps pg 4's `pg.connect(connectionString, cb)`), handed to the controller factory; a duplicate barcode (23505) answers 422 and returns without done(), so every duplicate insert keeps a client
"use strict";

var utils = require("./utils");

module.exports = function (pg, store) {
  var drinks = {};

  drinks.create = function (req, res) {
    var drink = { name: req.body.name, barcode: req.body.barcode, fullprice: req.body.fullprice };

    pg.connect(function (err, client, done) {
      if (utils.handleError(err, client, done, res)) {
        return;
      }

      store.insertNewDrink(client, drink, function (err, created) {
        if (err) {
          if (err.code === "23505") {
            res.status(422).json({ error: err.detail, message: err.message });
            return;
          }
          if (utils.handleError(err, client, done, res)) {
            return;
          }
        }

        done();
        res.status(201).json(created);
      });
    });
  };

  return drinks;
};
