// Source: Chaotikum/icebox-service — app/controllers/drinks.js at b4b23ea (drinks.show; unchanged since 7c315c5, 2017-10-05, pg ^4.4.4), reduced by hand, not copied
// Label: safe
// Why: every error goes through the project's handleError, which calls done(client) (pg 4 destroys the client) before answering 500, and the success path calls done() before answering; nothing between them can throw
"use strict";

var utils = require("./utils");

module.exports = function (pg, store) {
  var drinks = {};

  drinks.show = function (req, res) {
    var barcode = req.params.barcode;

    pg.connect(function (err, client, done) {
      if (utils.handleError(err, client, done, res)) {
        return;
      }

      store.getDrinkByBarcode(client, barcode, function (err, drink) {
        if (utils.handleError(err, client, done, res)) {
          return;
        }

        done();
        if (drink) {
          res.json(drink);
        } else {
          res.sendStatus(404);
        }
      });
    });
  };

  return drinks;
};
