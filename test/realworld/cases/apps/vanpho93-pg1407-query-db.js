// Source: vanpho93/pg1407 — db.js (queryDb), reduced by hand, not copied
// Label: safe
// Why: connect error returns before a client exists; the query callback calls done() first, on every path
const pg = require("pg");

const pool = new pg.Pool({ database: "shop", max: 20 });

function runSql(sql, callback) {
  pool.connect((err, client, done) => {
    if (err) return console.log(err.message);
    client.query(sql, (queryError, result) => {
      done(queryError);
      callback(queryError, result);
    });
  });
}

module.exports = { runSql };
