// Source: sequelize/sequelize — lib/dialects/postgres/connector-manager.js at d25638c4b^ (ConnectorManager.prototype.connect, the pooling branch; the one-off pg.Client branch left out), reduced by hand, not copied
// Label: hand-over
// Why: the named connectCallback calls done(err) on a connect error; otherwise, once the time zone is set (or has failed), it keeps the client on the manager and resolves the promise with `done`, which query() calls in its finally
var Promise = require("bluebird");

module.exports = (function () {
  var ConnectorManager = function (sequelize, config) {
    this.sequelize = sequelize;
    this.config = config || {};
    this.client = null;
    this.pooling = !!this.config.pool;
    this.pg = require("pg");
  };

  ConnectorManager.prototype.connect = function () {
    var self = this;

    return new Promise(function (resolve, reject) {
      this.isConnecting = true;
      this.isConnected = false;

      var uri = this.sequelize.getQueryInterface().QueryGenerator.databaseConnectionUri(this.config);
      var config = new this.pg.ConnectionParameters(uri);

      var connectCallback = function (err, client, done) {
        var timezoneCallback = function () {
          self.isConnected = true;
          self.client = client;
          resolve(done);
        };

        self.isConnecting = false;

        if (!!err) {
          done && done(err);
          self.client = null;
          if (err.code === "ECONNREFUSED") {
            reject(new Error("Failed to authenticate for PostgresSQL. Please double check your settings."));
          } else {
            reject(err);
          }
        } else if (client) {
          if (self.config.keepDefaultTimezone) {
            timezoneCallback();
          } else {
            self.setTimezone(client, "UTC", timezoneCallback);
          }
        } else {
          done && done();
          self.client = null;
          resolve();
        }
      };

      this.pg.connect(config, connectCallback);
    }.bind(this));
  };

  ConnectorManager.prototype.setTimezone = function (client, timezone, callback) {
    client
      .query("SET TIME ZONE '" + (timezone || "UTC") + "'")
      .on("error", function (err) {
        callback(err);
      })
      .on("end", function () {
        callback();
      });
  };

  return ConnectorManager;
})();
