// Source: mozilla/chronicle — server/models/models.js at abd84ff (visit.create, as PR #215 "closing some db pool connections" fixed it), reduced by hand, not copied
// Label: safe
// Why: done() is now the first thing the query callback does, before the error check and the elasticsearch write
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
  create: function (fxaId, visitId, url, title, cb) {
    var query = "INSERT INTO visits (id, fxaId, url, title) VALUES ($1, $2, $3, $4)";
    pg.connect(dbParams, function (err, client, done) {
      if (err) { return onConnectionError(err, cb); }
      client.query(query, [visitId, fxaId, url, title], function (err, r) {
        done();
        if (err) {
          log.warn("error creating visit: " + err);
          return cb(err);
        }
        var esClient = new es.Client(esParamsFactory());
        esClient.create({ index: "chronicle", type: "visits", id: visitId, body: { id: visitId, fxaId: fxaId, url: url, title: title } }).then(
          function () {
            cb();
          },
          function (err) {
            log.warn("error adding visit to elasticsearch: " + err);
            cb(err);
          },
        );
      });
    });
  },
};

module.exports = visit;
