// Source: alexfernandez/pg-pooled — lib/loadtest.js (Worker query), reduced by hand, not copied
// Label: safe
// Why: the project's own connect (a pooled pg proxy) hands (client, done); `done()` is the query callback's first statement (a failed connect leaves no client to release)
var connect = require("./connect.js");

exports.Worker = function (options) {
  var self = this;
  self.current = 0;

  function query() {
    connect.connect(options.address, function (error, client, done) {
      client.query(options.query, options.params, function (error) {
        done();
        if (!error) self.current += 1;
        if (self.target && self.current >= self.target) return options.finish && options.finish(null, self.current);
        setImmediate(query);
      });
    });
  }

  self.start = function (target) {
    self.target = target;
    setImmediate(query);
  };
};
