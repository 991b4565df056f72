// Source: paulabaal12/PROY-SOFTWARE — Scrum/software/server/PostgreSQL/db/conn.js at 649fea2 (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Meteor server's pool module probes the database at load with `pool.connect((err) => …)`, a callback that takes neither the client nor `done`: on success the client stays checked out for the life of the process (the methods then query through the pool)
import { Pool } from "pg";
import { Meteor } from "meteor/meteor";

const pgConfig = Meteor.settings.postgres || {
  host: "localhost",
  port: 5432,
  database: "soft",
};

export const pool = new Pool(pgConfig);

pool.connect((err) => {
  if (err) {
    console.error("PostgreSQL connection error:", err);
  } else {
    console.log("Connected to PostgreSQL");
  }
});
