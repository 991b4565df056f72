// Source: https://github.com/brianc/node-postgres/issues/1302 ("Docs: document client.release()": the reporter's shorter pg@6 form, `client.release()` instead of the callback's `release`), reduced by hand, not copied
// Label: safe
// Why: the query callback releases the client before anything else on its only path; a failed checkout has no client to give back (its TypeError is not a leak)
var pg = require("pg");

var pool = new pg.Pool();

pool.connect(function (err, client) {
  client.query("SELECT $1::text as name", ["foo"], function (err, result) {
    client.release();
    console.log(result.rows[0].name);
  });
});
