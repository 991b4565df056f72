// Source: Cadasta/cadasta-api — app/pg-binding.js at b5c96f4 (queryDeferred), reduced by hand, not copied
// Label: safe
// Why: `done()` is the first statement of the query callback, before the promise is settled either way; on a connect error there is no client to release (the following `client.query` throws a TypeError instead)
var pg = require("pg");
var Q = require("q");
var settings = require("./settings/settings.js").pg;

var conString = "postgres://" + settings.user + ":" + settings.password + "@" + settings.server + ":" + settings.port + "/" + settings.database;

module.exports.queryDeferred = function (sql, opts) {
  var options = opts || {};
  var values = options.paramValues || null;
  var deferred = Q.defer();

  pg.connect(conString, function (err, client, done) {
    if (err) {
      console.error("error fetching client from pool", err);
      deferred.reject(err);
    }

    client.query(sql, values, function (queryerr, result) {
      done();
      if (queryerr) {
        console.error("ERROR RUNNING QUERY:", sql, queryerr);
        deferred.reject(queryerr);
      } else {
        deferred.resolve(result && result.rows ? result.rows : []);
      }
    });
  });

  return deferred.promise;
};
