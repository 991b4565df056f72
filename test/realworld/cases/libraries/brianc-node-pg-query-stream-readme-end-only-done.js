// Source: brianc/node-pg-query-stream — README.md at 0df516c ("Add cleanup to the example", closes #2; kept in the ES6 rewrite c999aae), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix binds `done` to the stream's 'end' only: a query that fails makes the stream emit 'error' and never 'end', so that client is never given back
var pg = require("pg");
var QueryStream = require("pg-query-stream");
var JSONStream = require("JSONStream");

pg.connect(function (err, client, done) {
  if (err) throw err;
  var query = new QueryStream("SELECT * FROM generate_series(0, $1) num", [1000000]);
  var stream = client.query(query);
  // the client goes back when the stream is finished
  stream.on("end", done);
  stream.pipe(JSONStream.stringify()).pipe(process.stdout);
});
