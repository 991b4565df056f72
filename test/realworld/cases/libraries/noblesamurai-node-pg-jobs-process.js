// Source: noblesamurai/node-pg-jobs — lib/jobs.js (Jobs.process), reduced by hand, not copied
// Label: safe
// Why: async.whilst runs the iterator until processing stops and only then calls finish, which releases; the iterator's setImmediate callback uses the client while it is still held
var pg = require("pg");
var async = require("async");

module.exports = function (options, jobsModel, getJobProcessor) {
  var Jobs = {};

  Jobs.process = function (processFunction, done) {
    done = done || function () {};
    pg.connect(options.db, connected);

    function connected(err, db, releaseClient) {
      if (err) return done(err);
      async.whilst(Jobs.continueProcessing, iterator, finish);

      function iterator(callback) {
        setImmediate(function () {
          Jobs.eventEmitter.emit("maybeServiceJob");
          jobsModel.nextToProcess(db, getJobProcessor(false, db, processFunction, callback));
        });
      }
      function finish(err) {
        releaseClient();
        Jobs.eventEmitter.emit("stopProcess");
        done();
      }
    }
  };

  return Jobs;
};
