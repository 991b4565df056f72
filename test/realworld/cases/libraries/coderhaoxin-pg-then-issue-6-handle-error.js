// Source: https://github.com/coderhaoxin/pg-then/issues/6 (the reporter's plain node-postgres loop, "the way node-postgres recommends"; the query callback's body follows that README pattern, cut off in the thread), reduced by hand, not copied
// Label: safe
// Why: legacy `pg.connect(uri, cb)`: a local handleError gives the client back with done(client) on the connect error and on the query error; the success path calls done() before going on
var pg = require("pg");

var databaseUri = "postgresql://localhost:5432/test";
var count = 0;

function testForever() {
  count += 1;
  if (count >= 100000) {
    console.log("Success!");
    return;
  }

  pg.connect(databaseUri, function (err, client, done) {
    var handleError = function (err) {
      if (!err) return false;
      if (client) {
        done(client);
      }
      return true;
    };
    if (handleError(err)) return;

    client.query("select 1 from pg_stat_activity", function (err) {
      if (handleError(err)) return;
      done();
      testForever();
    });
  });
}

testForever();
