// Source: totaljs/node-sqlagent — pg.js (Agent.prototype.exec), reduced by hand, not copied
// Label: hand-over
// Why: on success the callback stores the client and its done on the agent (`self.db`, `self.done`), whose command runner releases it when the queued commands finish; on error there is no client
var Pg = require("pg");

function Agent(options) {
  this.options = options;
  this.command = [];
}

Agent.prototype.exec = function (callback) {
  var self = this;

  if (!self.command.length) {
    callback && callback.call(self, null, {});
    return self;
  }

  var pool = new Pg.Pool(self.options);
  pool.connect(function (err, client, done) {
    if (err) {
      if (!self.errors) self.errors = [];
      self.errors.push(err);
      callback && callback.call(self, self.errors, {});
    } else {
      self.done = done;
      self.db = client;
      self._prepare(callback);
    }
  });

  return self;
};

module.exports = Agent;
