// Source: mozilla/chronicle — server/models/models.js at abd84ff^ (visit.create, before PR #215 "closing some db pool connections" for issue #213), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: done() runs on the query's error path and when the elasticsearch write succeeds; when that write rejects, its handler only calls cb(err) and the client stays out
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
        if (err) {
          log.warn("error creating visit: " + err);
          done();
          return cb(err);
        }
        var esClient = new es.Client(esParamsFactory());
        esClient.create({ index: "chronicle", type: "visits", id: visitId, body: { id: visitId, fxaId: fxaId, url: url, title: title } }).then(
          function () {
            done();
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
