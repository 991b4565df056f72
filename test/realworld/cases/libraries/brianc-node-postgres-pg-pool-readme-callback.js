// Source: brianc/node-postgres — packages/pg-pool/README.md (the callback API example), reduced by hand, not copied
// Label: safe
// Why: a connect error returns before any client exists; `done()` runs first in the query callback, before the error check
const Pool = require("pg-pool");

const pool = new Pool();

pool.connect((err, client, done) => {
  if (err) return done(err);
  client.query("SELECT $1::text AS name", ["pg-pool"], (queryErr, res) => {
    done();
    if (queryErr) {
      return console.error("query error", queryErr.message, queryErr.stack);
    }
    console.log("hello from", res.rows[0].name);
  });
});
