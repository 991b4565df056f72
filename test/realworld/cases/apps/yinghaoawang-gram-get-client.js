// Source: yinghaoawang/gram — server/src/db/db.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the connect callback passes the client and its `done` straight to the caller's callback, which owns the release
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "gram" });

module.exports = {
  query: (text, params, callback) => pool.query(text, params, callback),
  getClient: (callback) => {
    pool.connect((err, client, done) => {
      callback(err, client, done);
    });
  },
};
