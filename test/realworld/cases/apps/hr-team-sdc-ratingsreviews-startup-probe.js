// Source: HR-TEAM-SDC/RatingsReviews — db/index.js at d6d045b, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Hack Reactor capstone's db module checks a client out at load only to log "Connected", `.then(() => …)` drops it and it is never released (one of the pool's clients stays checked out for the process's life); a Code Your Future student's server (Full-Stack-Project-Assessment PR #391, 2023) has the same probe
const { Pool } = require("pg");
const { createClient } = require("redis");

const pool = new Pool({ user: "postgres", host: "localhost", port: 5432, database: "sdc" });

pool
  .connect()
  .then(() => {
    console.log("Connected to Postgress");
  })
  .catch((err) => {
    console.log(err);
  });

const client = createClient();

module.exports = { pool, client };
