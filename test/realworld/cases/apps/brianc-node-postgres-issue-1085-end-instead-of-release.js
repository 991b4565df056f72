// Source: https://github.com/brianc/node-postgres/issues/1085 (the reporter's runTest, "PG.connect never calls-back after (PG.defaults.poolSize) connections are used"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pooled client is closed with end() and the callback never takes or calls done, so the pool never gets the slot back: after poolSize runs PG.connect stops calling back (the maintainer: "you're not releasing connections back to the pool")
"use strict";
const PG = require("pg");
PG.defaults.poolSize = 3;

function runTest() {
  const connectionString = require("../config/config").dbConnectionString;
  PG.connect(connectionString, function (err, connection) {
    if (!err) {
      console.log("Connected");
      connection.end();
      console.log("Closed");
      setTimeout(runTest, 100);
    } else {
      console.log("Error", err);
    }
  });
}

runTest();
