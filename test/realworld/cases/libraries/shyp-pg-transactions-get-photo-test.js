// Source: Shyp/pg-transactions — test/DBTransaction.test.js (getPhoto), reduced by hand, not copied
// Label: safe
// Why: test code, legacy `pg.connect(cb)`: the query callback calls release(true) first, so reading `result.rows[0]` after it (which throws when the query failed) cannot keep the client
const pg = require("pg");

function getPhoto(id, callback) {
  pg.connect(function (err, client, release) {
    client.query("SELECT * FROM photos WHERE id = $1", [id], function (queryErr, result) {
      release(true);
      callback(queryErr, result.rows[0]);
    });
  });
}

module.exports = getPhoto;
