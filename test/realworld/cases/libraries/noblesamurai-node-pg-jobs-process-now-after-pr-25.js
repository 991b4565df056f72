// Source: noblesamurai/node-pg-jobs — lib/jobs.js at b170acb (Jobs.processNow, as PR #25 "unlock and release client properly on error" left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix releases in `processed` on every path, but gotLock still returns `done(err)` without releaseClient() when obtaining the lock fails
var pg = require("pg");

module.exports = function (options, jobsModel, getJobProcessor) {
  var Jobs = {};

  Jobs.processNow = function (jobId, processFunction, done) {
    done = done || function () {};
    pg.connect(options.db, connected);

    function connected(err, db, releaseClient) {
      if (err) return done(err);

      jobsModel.obtainLock(db, jobId, gotLock);

      function gotLock(err) {
        if (err) return done(err);
        jobsModel.getDataForJob(db, jobId, gotData);
      }

      var gotData = getJobProcessor(true, db, processFunction, processed);

      function processed(err) {
        jobsModel.unlock(db, jobId);
        releaseClient();
        done(err);
      }
    }
  };

  return Jobs;
};
