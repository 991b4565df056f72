// Source: PrairieLearn/PrairieLearn — backend/sdb.js at 77fb14bb30 (init, 2016-03-09, pg 4.5.x module-level pool), reduced by hand, not copied
// Label: safe
// Why: the start-up probe copies the pg README: done() first in the query callback, before the error test and the log; a connect error returns with no client
var pg = require("pg");
var config = require("./config");

module.exports = {
  init: function (callback) {
    pg.connect(config.sdbAddress, function (err, client, done) {
      if (err) return callback("error fetching client from pool", err);
      client.query("SELECT $1::int AS number", ["1"], function (err, result) {
        done();
        if (err) return callback("error running query", err);
        console.log(result.rows[0].number);
        callback(null);
      });
    });
  },
};
