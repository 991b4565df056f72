// Source: https://github.com/brianc/node-pg-copy-streams/issues/90 (the reporter's script, "TypeError: stream.pipe is not a function"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout callback runs the COPY through `pool.query` (a second client, and a promise rather than a stream) and never calls `done`, so the client it was given stays checked out
var { Pool } = require("pg");
var copyTo = require("pg-copy-streams").to;

var pool = new Pool({ connectionString: process.env.DATABASE_URL });

pool.connect(async function (err, client, done) {
  console.log("stuck...");
  var stream = pool.query(copyTo("COPY migrations TO STDOUT"));
  console.log(stream);
  stream.pipe(process.stdout);
});
