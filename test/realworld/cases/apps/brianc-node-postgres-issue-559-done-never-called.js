// Source: https://github.com/brianc/node-postgres/issues/559 ("In pure js, pg.end() is not quiting everything": the reporter's script), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connect callback never calls `done()`, so the pooled client stays checked out and `pg.end()` cannot close it (the process does not exit; inserting `done()` fixed it)
var pg = require("pg");
var conString = "postgres://localhost/test";

pg.connect(conString, function (err, client, done) {
  if (err) {
    return console.error(err);
  }
  console.log("connected");
});

pg.end();
