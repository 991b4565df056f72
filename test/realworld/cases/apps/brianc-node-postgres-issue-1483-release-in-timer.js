// Source: https://github.com/brianc/node-postgres/issues/1483 (the reporter's pool test), reduced by hand, not copied
// Label: safe
// Why: the release is scheduled in a timer first thing in the callback, on every path (on a failed checkout pg passes a no-op release)
const { Pool } = require("pg");

const pool = new Pool({ max: 90 });
let count = 0;

function takeOne(n, next) {
  pool.connect((error, connection, release) => {
    setTimeout(() => {
      release();
    }, 1000 * count);
    console.log("got client from pool:", count);
    if (error) return next(error);
    count++;
    next();
  });
}

module.exports = { takeOne };
