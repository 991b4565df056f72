// Source: brianc/node-pg-query-stream — README.md at 0df516c^ (the "use" example, before "Add cleanup to the example", which closed issue #2 "Is it necessary to manually release connections?"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the example takes `done` from `pg.connect` and never calls it: the client streams its rows to stdout and stays checked out after the stream ends (the reporter's question; the maintainer added the release)
var pg = require("pg");
var QueryStream = require("pg-query-stream");
var JSONStream = require("JSONStream");

pg.connect(function (err, client, done) {
  if (err) throw err;
  var query = new QueryStream("SELECT * FROM generate_series(0, $1) num", [1000000]);
  var stream = client.query(query);
  stream.pipe(JSONStream.stringify()).pipe(process.stdout);
});
