// Source: jannikko/social-monitor — fetcher/services/db.js (query), reduced by hand, not copied
// Label: safe
// Why: the pool comes from the module's `get()`; a connect error rejects before any client exists, and `done()` is the first statement of the query callback
"use strict";

const pg = require("pg");

let pool;

function init(settings) {
  pool = new pg.Pool(settings);
  pool.on("error", (err) => console.error("idle client error", err.message));
  return pool;
}

function get() {
  return pool;
}

function query(sql, args) {
  return new Promise((resolve, reject) => {
    get().connect((err, client, done) => {
      if (err) {
        console.error(`could not connect: ${err}`);
        return reject(err);
      }
      client.query(sql, args, (queryErr, result) => {
        done();
        if (queryErr) return reject(queryErr);
        resolve(result);
      });
    });
  });
}

module.exports = { init, get, query };
