// Source: sequelize/sequelize — lib/dialects/postgres/connector-manager.js at 811177eb8 (ConnectorManager.prototype.connect, "Reverted back to my original postgres pooling mechanism"; the one-off pg.Client branch left out), reduced by hand, not copied
// Label: hand-over
// Why: the pool comes from pg's registry (`pg.pools.getOrCreate(config)`); the named connectCallback calls done(err) on a connect error and otherwise, once SET TIME ZONE ends, keeps the client on the manager and emits `done` to query(), which runs the query with it
var EventEmitter = require("events").EventEmitter;

module.exports = (function () {
  var ConnectorManager = function (sequelize, config) {
    this.sequelize = sequelize;
    this.config = config || {};
    this.client = null;
    this.pg = require("pg");
  };

  ConnectorManager.prototype.connect = function () {
    var self = this;
    var emitter = new EventEmitter();

    this.isConnecting = true;
    this.isConnected = false;

    var connectCallback = function (err, client, done) {
      self.isConnecting = false;

      if (!!err) {
        done && done(err);
        emitter.emit("error", err);
      } else if (client) {
        client.query("SET TIME ZONE 'UTC'").on("end", function () {
          self.isConnected = true;
          self.client = client;
          emitter.emit("success", done);
        });
      } else {
        self.client = null;
        emitter.emit("success", done);
      }
    };

    this.poolIdentifier = this.pg.pools.getOrCreate(this.sequelize.config);
    this.poolIdentifier.connect(connectCallback);

    return emitter;
  };

  return ConnectorManager;
})();
