// Source: skwh/majestic-app — src/db.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the callback checkout passes client and done on to the caller's callback, which owns the release
const { Pool } = require("pg");

const pool = new Pool();

module.exports = {
  query: (text, params, callback) => pool.query(text, params, (err, res) => callback(err, res)),
  getClient: (callback) => {
    pool.connect((err, client, done) => {
      callback(err, client, done);
    });
  },
};
