// Source: noblesamurai/node-pg-jobs — lib/jobs.js at b170acb (Jobs.create), reduced by hand, not copied
// Label: safe
// Why: the connect error returns before any client exists, and `complete` (the write's only callback) returns the client with cb() before anything else
var pg = require("pg");

module.exports = function (options, jobsModel) {
  var Jobs = {};

  Jobs.create = function (jobData, processIn, done) {
    pg.connect(options.db, connected);

    function connected(err, db, cb) {
      if (err) return complete(err);

      jobsModel.write(db, null, processIn, jobData, complete);

      function complete(err, jobId) {
        cb();
        done(err, jobId);
      }
    }
  };

  return Jobs;
};
