// Source: acarl/pg-restify — test/helper.js at 644aaeb (exports.resetDatabase), reduced by hand, not copied
// Label: safe
// Why: the restify plugin's test set-up checks a client out of a fresh Pool and runs the drops, creates and inserts through `async.series`; its final callback calls done() whatever the error, and a failed step jumps straight to it
var async = require("async");
var Pool = require("pg").Pool;

exports.pgConfig = { database: "pg_restify_test" };

exports.resetDatabase = function (next) {
  var pool = new Pool(exports.pgConfig);

  pool.connect(function (err, client, done) {
    if (err) return next(err);

    async.series([
      function (next) {
        client.query("drop table if exists user_alert_messages;", [], next);
      },
      function (next) {
        client.query("create table user_alert_messages (id serial primary key, user_name text not null, message text);", [], next);
      },
      function (next) {
        client.query("insert into user_alert_messages (user_name, message) values ('b user', 'message1');", [], next);
      },
    ], function (err) {
      done();
      next(err);
    });
  });
};
