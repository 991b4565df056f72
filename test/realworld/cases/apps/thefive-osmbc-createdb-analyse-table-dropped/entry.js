// Source: TheFive/osmbc — import/createdb.js at 77266f2f (analyseTable; the repository of issue #680 "Switch to pg.pool, pg.connect is deprecated"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the half-written table analysis checks a client out of the shared pool and its callback neither calls `pgdone` nor the waterfall's callback: every analysed table keeps one client
"use strict";

const db = require("./db.js");

function analyseTable(pgObject, pgOptions, callback) {
  const expected = {};
  for (const k in pgObject.indexDefinition) {
    expected[k] = pgObject.indexDefinition[k];
  }

  const pool = db.getPool();
  pool.connect(function (err, client, pgdone) {
    if (err) {
      console.error("Can not connect to DB. " + err);
      process.exit(1);
    }
  });
}

module.exports = { analyseTable };
