// Source: Growmies/node-comrade — index.js at ec072f7 (Consumer), reduced by hand, not copied
// Label: hand-over
// Why: the Postgres job queue's job consumer checks a client out of pg's default pool and keeps it on the instance (`self.client`) for its LISTEN "newJob" loop; `destroy()` ends it
var pg = require("pg");
var _ = require("lodash");
var sql = require("./sql");

function Consumer(connectionOptions, cb, options) {
  var self = this;
  cb = cb || _.noop;
  self.maxConcurrentJobs = options.maxConcurrentJobs || 10;
  self.backLog = [];

  pg.connect(connectionOptions, function (err, client) {
    if (err) return cb(err);
    self.client = client;
    return cb(null, client);
  });

  this.destroy = function () {
    this.client.end();
  };

  this.watchForJobs = function (queueName, workerFunction) {
    this.queueName = queueName;
    this.workerFunction = workerFunction;
    this.client.query('LISTEN "newJob"');
    this.client.on("notification", function (notification) {
      var parts = notification.payload.split("::");
      if (parts[1] !== self.queueName) return;
      self.attemptToProcess(parseInt(parts[0]));
    });
  };

  this.attemptToProcess = function (jobId) {
    self.client.query(sql.lockJob, [jobId], function (err, results) {
      if (err || !results.rowCount) return;
      self.workerFunction(jobId);
    });
  };
}

module.exports = { Consumer: Consumer };
