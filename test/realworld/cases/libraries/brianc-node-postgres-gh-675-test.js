// Source: brianc/node-postgres — packages/pg/test/integration/gh-issues/675-tests.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: nested callback style: `if (err) throw err` in the first two query callbacks leaves before `done()`, which only the innermost callback calls
"use strict";

const assert = require("assert");
const pg = require("pg");

const pool = new pg.Pool();

pool.connect(function (err, client, done) {
  if (err) throw err;
  const insert = "INSERT INTO posts (body) VALUES ($1) RETURNING *";
  client.query("CREATE TEMP TABLE posts (body TEXT)", function (createErr) {
    if (createErr) throw createErr;
    client.query(insert, [Buffer.from("foo")], function (firstErr) {
      if (firstErr) throw firstErr;
      client.query(insert, [Buffer.from([])], function (secondErr, res) {
        done();
        if (secondErr) throw secondErr;
        assert.equal(res.rows[0].body, "");
        pool.end();
      });
    });
  });
});
