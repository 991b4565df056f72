// Source: tofishes/umitime — pg-test.js (the script's pg.connect callback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: two callback queries are sent at once and each callback calls done() first: the first done() gives the client back while the second query is still queued on it, and the second done() releases it again
var pg = require("pg");
var conString = "postgres://user:secret@localhost/jobs";

pg.connect(conString, function (err, client, done) {
  if (err) {
    return console.error("could not get a client", err);
  }
  client.query("SELECT $1::int AS number", ["1"], function (err, result) {
    done();
    if (err) {
      return console.error("first query failed", err);
    }
    console.log(result.rows[0].number);
  });
  client.query("SELECT * FROM job", function (err, result) {
    done();
    if (err) {
      return console.error("second query failed", err);
    }
    console.log(result.rows.length);
  });
});
