// Source: https://github.com/brianc/node-postgres/issues/1112 (the reporter's insertX, "release() cancels further execution"; its `getConnection` promise written as `pool.connect()`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a promise's then() passes one value, so `release` is undefined: calling it throws a TypeError inside the query callback, the promise never settles and the client is never given back (elmigranto: use client.release())
const { Pool } = require("pg");

const pool = new Pool();

function insertX(values) {
  return pool.connect().then(function (client, release) {
    return new Promise(function (resolve, reject) {
      client.query("INSERT INTO x VALUES ($1)", values, function (error) {
        if (error) {
          release();
          return reject(error);
        }
        release();
        return resolve();
      });
    });
  });
}

module.exports = { insertX };
