// Source: mozilla/chronicle — server/models/models.js at abd84ff^ (visit.update, before PR #215 "closing some db pool connections" for issue #213), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: as in visit.create, the elasticsearch update's rejection handler calls cb(err) without done(), so every failed index update keeps a client
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
  update: function (fxaId, visitId, url, title, cb) {
    var query = "UPDATE visits SET url = $1, title = $2 WHERE fxaId = $3 AND id = $4 RETURNING id, fxaId, url, title";
    var updatedAt = new Date().toJSON();
    pg.connect(dbParams, function (err, client, done) {
      if (err) { return onConnectionError(err, cb); }
      client.query(query, [url, title, fxaId, visitId], function (err, r) {
        if (err) {
          log.warn("error updating visit: " + err);
          done();
          return cb(err);
        }
        var esClient = new es.Client(esParamsFactory());
        esClient
          .update({ index: "chronicle", type: "visits", id: visitId, body: { url: url, title: title, updatedAt: updatedAt } })
          .then(
            function () {
              done();
              cb(err, r && r.rows[0]);
            },
            function (err) {
              log.warn("error updating visit in elasticsearch: " + err);
              cb(err);
            },
          );
      });
    });
  },
};

module.exports = visit;
