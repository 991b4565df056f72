// Source: kiernanmcgowan/forerunner-postgres-store — lib/pg.js (construct.prototype.create), reduced by hand, not copied
// Label: safe
// Why: the insert's callback calls `done()` before anything else; the connect error is not checked, but then no client was checked out (the missing client's `query` throws instead)
"use strict";

const pg = require("pg");

function Store(opts) {
  this.opts = opts;
}

Store.prototype.create = function (jobType, jobData, callback) {
  const query = {
    text: "INSERT INTO job_store (type, failed, complete, fail_count, input) VALUES ($1, false, false, 0, $2) RETURNING *",
    values: [jobType, JSON.stringify(jobData)],
  };

  pg.connect(this.opts.db, function (err, client, done) {
    client.query(query.text, query.values, function (queryErr, res) {
      done();
      if (queryErr) {
        console.error(queryErr);
        return callback(queryErr);
      }
      callback(null, res.rows[0]);
    });
  });
};

module.exports = Store;
