// Source: elastic/apm-agent-nodejs — test/instrumentation/modules/pg/pg.test.js (createPool, connector), reduced by hand, not copied
// Label: hand-over
// Why: the connector forwards the caller's `(err, client, release)` callback to pool.connect; each test's callback owns the release
"use strict";

const pg = require("pg");

let queryable;

function createPool(cb) {
  const pool = new pg.Pool({ database: "test_apm", user: process.env.PGUSER || "postgres" });
  queryable = pool;
  const connector = function connector(done) {
    return pool.connect(done);
  };
  cb(connector);
}

module.exports = { createPool, queryable: () => queryable };
