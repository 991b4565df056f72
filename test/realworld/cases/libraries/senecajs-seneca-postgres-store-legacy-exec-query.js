// Source: senecajs/seneca-postgres-store — lib/postgresql-store.js at 0d943bf (execQuery, pg's module-level pool), reduced by hand, not copied
// Label: safe
// Why: a connect error calls back before any client exists; an empty query calls releaseConnection() before calling back, and the query callback calls it first thing
var Pg = require("pg");

module.exports = function (seneca) {
  var pgConf;

  function execQuery(query, done) {
    Pg.connect(pgConf, function (err, client, releaseConnection) {
      if (err) {
        seneca.log.error("Connection error", err);
        return done(err, undefined);
      } else {
        if (!query) {
          err = new Error("Query cannot be empty");
          seneca.log.error("An empty query is not a valid query", err);
          releaseConnection();
          return done(err, undefined);
        }
        client.query(query, function (err, res) {
          releaseConnection();
          return done(err, res);
        });
      }
    });
  }

  return {
    configure: function (spec) {
      pgConf = spec;
    },
    execQuery: execQuery,
  };
};
