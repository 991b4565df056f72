// Source: TheFive/osmbc — model/logModule.js at ed5e8e7b (Change.save's saveData step, before the switch to pg.Pool of issue #680), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the INSERT's client goes back only on the query's 'end' event; an INSERT that fails emits 'error', which is not listened to, so neither `pgdone()` nor the series callback ever runs
"use strict";

const pg = require("pg");
const async = require("async");
const config = require("../config.js");

function saveChange(object, callback) {
  async.series(
    [
      function saveData(savecb) {
        pg.connect(config.pgstring, function (err, client, pgdone) {
          if (err) {
            pgdone();
            return savecb(err);
          }
          if (typeof object.timestamp === "undefined") object.timestamp = new Date();
          const query = client.query("insert into changes (data) values ($1)", [object]);
          query.on("end", function () {
            pgdone();
            savecb();
          });
        });
      },
    ],
    function (err) {
      callback(err);
    },
  );
}

module.exports = { saveChange };
