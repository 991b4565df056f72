// Source: loopbackio/loopback-connector-postgresql — lib/postgresql.js (PostgreSQL.prototype.connect), reduced by hand, not copied
// Label: safe
// Why: a connectivity probe: the checkout gets an error handler and is released on the next tick (`process.nextTick(releaseCb)`) before the caller is told
module.exports = function (PostgreSQL, attachErrorHandler) {
  PostgreSQL.prototype.connect = function (callback) {
    const self = this;
    self.pg.connect(function (err, client, releaseCb) {
      attachErrorHandler(self.settings, client);
      self.client = client;
      process.nextTick(releaseCb);
      callback && callback(err, client);
    });
  };
};
