// Source: PrairieLearn/PrairieLearn — backend/sdb.js at 6c3ce10529 (initSemesters, 2016-03-13, pg 4.5.x module-level pool), reduced by hand, not copied
// Label: safe
// Why: async.series runs DROP, CREATE and INSERT on the checkout; every step answers its callback, an error skips to the final callback, and that final callback calls done() before anything else
var async = require("async");
var pg = require("pg");
var config = require("./config");

module.exports = {
  initSemesters: function (callback) {
    pg.connect(config.sdbAddress, function (err, client, done) {
      if (err) return callback("error fetching client from pool", err);
      async.series(
        [
          function (callback) {
            var sql = "DROP TABLE semesters CASCADE;";
            client.query(sql, function (err, result) {
              if (err) return callback("error running query", { sql: sql, err: err });
              callback(null);
            });
          },
          function (callback) {
            var sql = "CREATE TABLE semesters (id SERIAL PRIMARY KEY, short_name VARCHAR(10), long_name VARCHAR(100));";
            client.query(sql, function (err, result) {
              if (err) return callback("error running query", { sql: sql, err: err });
              callback(null);
            });
          },
          function (callback) {
            var sql = "INSERT INTO semesters (short_name, long_name) VALUES ($1, $2);";
            var data = ["Sp16", "Spring 2016"];
            client.query(sql, data, function (err, result) {
              if (err) return callback("error running query", { sql: sql, data: data, err: err });
              callback(null);
            });
          },
        ],
        function (err, data) {
          done();
          if (err) return callback(err, data);
          callback(null);
        }
      );
    });
  },
};
