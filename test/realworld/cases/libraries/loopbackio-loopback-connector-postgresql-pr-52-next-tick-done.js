// Source: https://github.com/loopbackio/loopback-connector-postgresql/pull/52 ("Use connection pooling from the driver": PostgreSQL.prototype.executeSQL as the PR wrote it), reduced by hand, not copied
// Label: safe
// Why: the query callback schedules `done` with `process.nextTick(done)` before handing the rows on, so the client goes back on both the error and the success path (the reviewer asked whether done was ever called)
var pg = require("pg");

function PostgreSQL(settings) {
  this.settings = settings;
  this.clientConfig = settings.url;
  this.pg = pg;
}

PostgreSQL.prototype.executeSQL = function (sql, params, callback) {
  var self = this;
  var time = Date.now();
  var log = self.settings.log;
  self.pg.connect(self.clientConfig, function (err, client, done) {
    client.query(sql, params, function (err, data) {
      if (err && self.settings.debug) {
        console.error(err);
      }
      if (log) log(sql, time);
      process.nextTick(done);
      callback(err ? err : null, data ? data.rows : null);
    });
  });
};

module.exports = PostgreSQL;
