// Source: mozilla/chronicle — server/models/models.js at abd84ff^ (visit.delete, before PR #215 "closing some db pool connections"), reduced by hand, not copied
// Label: safe
// Why: unlike create and update, every path calls done(): the query's error branch, the elasticsearch delete's success handler and its rejection handler (after cb)
var pg = require("pg");
var es = require("elasticsearch");

var config = require("../config");
var log = require("../logger")("server.models");

var dbParams = { user: config.get("db.postgres.user"), host: config.get("db.postgres.host"), database: config.get("db.postgres.database") };
var esParamsFactory = function () {
  return { host: { host: config.get("db.elasticsearch.host"), log: "verbose" } };
};
var onConnectionError = function (err, cb) {
  log.error("error connecting to postgres: " + err);
  cb(err);
};

var visit = {
  delete: function (fxaId, visitId, cb) {
    var query = "DELETE FROM visits WHERE fxaId = $1 AND id = $2";
    pg.connect(dbParams, function (err, client, done) {
      if (err) { return onConnectionError(err, cb); }
      client.query(query, [fxaId, visitId], function (err) {
        if (err) {
          log.warn("error deleting visit: " + err);
          done();
          return cb(err);
        }
        var esClient = new es.Client(esParamsFactory());
        esClient.delete({ index: "chronicle", type: "visits", id: visitId }).then(
          function () {
            done();
            cb();
          },
          function (err) {
            log.warn("error deleting visit in elasticsearch: " + err);
            cb(err);
            done();
          },
        );
      });
    });
  },
};

module.exports = visit;
