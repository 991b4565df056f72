// Source: numtel/pg-live-select — index.js (LivePg.prototype._initListener, pg's module-level pool), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is meant to stay out: client and done are kept on the instance (`notifyClient`, `notifyDone`) for the notification handler and the shutdown that calls done
var pg = require("pg");

function LivePg(connStr, channel) {
  this.connStr = connStr;
  this.channel = channel;
  this.allTablesUsed = {};
}

LivePg.prototype._initListener = function () {
  var self = this;
  pg.connect(self.connStr, function (error, client, done) {
    if (error) return self.emit("error", error);

    self.notifyClient = client;
    self.notifyDone = done;

    client.query('LISTEN "' + self.channel + '"', function (error) {
      if (error) return self.emit("error", error);
    });

    client.on("notification", function (info) {
      if (info.channel !== self.channel) return;
      var payload;
      try {
        payload = JSON.parse(info.payload);
      } catch (error) {
        return self.emit("error", new Error("INVALID_NOTIFICATION " + info.payload));
      }
      (self.allTablesUsed[payload.table] || []).forEach(function (queryHash) {
        self.waitingToUpdate.push(queryHash);
      });
    });
  });
};

LivePg.prototype.cleanup = function (callback) {
  this.notifyDone && this.notifyDone();
  callback && callback();
};

module.exports = LivePg;
