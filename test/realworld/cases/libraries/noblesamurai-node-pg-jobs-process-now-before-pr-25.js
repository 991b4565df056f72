// Source: noblesamurai/node-pg-jobs — lib/jobs.js at b170acb^ (Jobs.processNow, before PR #25 "unlock and release client properly on error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the named checkout callback's `processed` returns `done(err)` before releaseClient() when the job fails, and gotLock does the same when the lock fails
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
        if (err) return done(err);
        releaseClient();
        done(err);
      }
    }
  };

  return Jobs;
};
