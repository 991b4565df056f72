// Source: newrelic/node-newrelic — test/versioned/pg/pg.common.js ("query via pool.connect"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `done(true)` comes last in the innermost query callback; a query error makes `value.rows` throw first (and a failed plan assertion throws too), so the client is never given back
"use strict";

const pg = require("pg");

function runPoolQuery(plan, config, table, verify) {
  const pool = new pg.Pool(config);
  const insert = `INSERT INTO ${table} (id, col) VALUES (222, 'World!')`;

  pool.connect(function (error, client, done) {
    plan.ifError(error);

    client.query(insert, function (error, ok) {
      plan.ifError(error);
      plan.ok(ok, "insert ran");

      client.query(`SELECT * FROM ${table} WHERE id = 222`, function (error, value) {
        plan.ifError(error);
        plan.equal(value.rows[0].col, "World!", "the client still works");

        if (pool.end instanceof Function) {
          pool.end();
        }

        done(true);
        verify(plan);
      });
    });
  });
}

module.exports = { runPoolQuery };
