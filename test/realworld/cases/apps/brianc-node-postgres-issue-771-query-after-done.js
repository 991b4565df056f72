// Source: https://github.com/brianc/node-postgres/issues/771 (the reporter's "Calling client.query() *after* calling done()?" script), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: done() gives the client back before the query is sent on it; another checkout can get the same client while this query runs (sehrope: "Yes it's bad")
var pg = require("pg");

pg.connect(function (err, client, done) {
  if (err) {
    console.log("error while connecting:  " + err.message);
  } else {
    console.log("connected");

    done();

    client.query('SELECT NOW() AS "theTime"', function (err, result) {
      if (err) {
        console.log("error from query:  " + err.message);
      } else {
        console.log("result:  " + JSON.stringify(result, null, 4));
      }
      pg.end();
    });
  }
});
