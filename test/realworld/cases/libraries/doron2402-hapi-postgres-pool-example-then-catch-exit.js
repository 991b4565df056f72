// Source: doron2402/hapi-postgres-pool — examples/example.js (the first pool's checkout), reduced by hand, not copied
// Label: safe
// Why: the fulfilled handler releases, logs and calls `isComplete()`, which only pushes to an array and may `process.exit(1)`: nothing after its release throws, so the `.catch` (which releases too) runs only for a failed query, when the fulfilled handler never ran
"use strict";

const { Pool } = require("pg");

const poolA = new Pool({ connectionString: process.env.DB_A });
const complete = [];
const isComplete = () => {
  complete.push(true);
  if (complete.length >= 2) {
    process.exit(1);
  }
};

poolA.connect().then((client) => {
  client
    .query("select * from pg_stat_activity limit 1")
    .then((res) => {
      client.release();
      console.log("data: ", res.rows[0]);
      isComplete();
    })
    .catch((e) => {
      client.release();
      console.error("query error", e.message, e.stack);
      process.exit(0);
    });
});
