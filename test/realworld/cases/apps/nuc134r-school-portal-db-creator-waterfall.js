// Source: nuc134r/school-portal — tools/db-creator.js (the async.waterfall step that checks out a client), reduced by hand, not copied
// Label: hand-over
// Why: the step passes the client and its `done` to the waterfall's next step, which runs every script on it and calls `done` when the series ends; on a checkout error the waterfall jumps to its final callback with no client to give back
const async = require("async");
const { Pool } = require("pg");

const pool = new Pool();

async.waterfall(
  [
    (callback) => callback(null, [{ filename: "001.sql", data: "CREATE TABLE t (id int)" }]),
    (scripts, callback) => {
      pool.connect((err, client, done) => {
        if (err) {
          console.log("error fetching client from pool");
        }
        callback(err, scripts, client, done);
      });
    },
    (scripts, client, releaseClient, callback) => {
      async.eachOfSeries(
        scripts,
        (script, key, next) => {
          client.query(script.data, (err) => {
            console.log(err ? `${script.filename} failed` : `${script.filename} executed`);
            next(err);
          });
        },
        (err) => {
          releaseClient();
          callback(err);
        },
      );
    },
  ],
  (err) => {
    if (err) console.error("Error during database creation", err);
    process.exit();
  },
);
