// Source: brianc/node-postgres — docs/pages/guides/upgrading.md at c9e57617 (the pg@7 migration's "new way": a callback checkout on a created pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `client.query(...)` is sent without a callback or an await and `done()` follows at once, so the client goes back to the pool with its query still running
const pg = require("pg");

const pool = new pg.Pool();

pool.connect(function (err, client, done) {
  client.query("UPDATE counters SET n = n + 1");
  done();
});

pool.end();
