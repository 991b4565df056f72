// Source: balderdashy/sails-postgresql — lib/adapter.js at 4d3c7b8^ (spawnConnection; the troubleshooting tips it prints on a connect error cut down to one line), reduced by hand, not copied
// Label: safe
// Why: pg's module-level pool (`pg.connect(config, cb)`): the callback hands client and `done` to the named `after`, which calls done() on a connect error and in the callback it gives `logic`, before calling back
var pg = require("pg");
var url = require("url");
var _ = require("lodash");

module.exports = function (connections, Errors) {
  function spawnConnection(connectionName, logic, cb) {
    var connectionObject = connections[connectionName];
    if (!connectionObject) return cb(Errors.InvalidConnection);

    var connectionConfig = connectionObject.config;
    if (_.has(connectionConfig, "url")) {
      var connectionUrl = url.parse(connectionConfig.url);
      connectionUrl.query = _.omit(connectionConfig, "url");
      connectionConfig = url.format(connectionUrl);
    }

    pg.connect(connectionConfig, function (err, client, done) {
      after(err, client, done);
    });

    function after(err, client, done) {
      if (err) {
        var shown = _.clone(connectionConfig);
        shown.password = "[redacted]";
        console.error("Error creating a connection to Postgresql using the following settings:\n", shown);
        done();
        return cb(err);
      }

      logic(client, function (err, result) {
        done();
        return cb(err, result);
      });
    }
  }

  return { spawnConnection: spawnConnection };
};
