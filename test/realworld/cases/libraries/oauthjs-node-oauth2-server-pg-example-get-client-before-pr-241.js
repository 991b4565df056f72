// Source: oauthjs/node-oauth2-server — examples/postgresql/model.js at 540f61c^ (model.getClient, before PR #241 "Return database clients on failure in PostgreSQL example"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: three ways out of the query callback skip `done()`: a failed query, an unknown client id, and a wrong client secret (`return callback()`)
var pg = require("pg");

var model = module.exports;
var connString = process.env.DATABASE_URL;

model.getClient = function (clientId, clientSecret, callback) {
  pg.connect(connString, function (err, client, done) {
    if (err) return callback(err);

    client.query(
      "SELECT client_id, client_secret, redirect_uri FROM oauth_clients WHERE client_id = $1",
      [clientId],
      function (err, result) {
        if (err || !result.rowCount) return callback(err);

        var row = result.rows[0];
        if (clientSecret !== null && row.client_secret !== clientSecret) return callback();

        callback(null, { clientId: row.client_id, clientSecret: row.client_secret });
        done();
      },
    );
  });
};
