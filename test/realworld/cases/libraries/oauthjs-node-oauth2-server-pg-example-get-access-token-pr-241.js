// Source: oauthjs/node-oauth2-server — examples/postgresql/model.js at 540f61c (model.getAccessToken as PR #241 "Return database clients on failure in PostgreSQL example" proposed it; closed unmerged), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix added `done()` for the unknown-token branch only: `if (err) return callback(err)` still leaves the query callback without releasing, so a failed query keeps its client
var pg = require("pg");

var model = module.exports;
var connString = process.env.DATABASE_URL;

model.getAccessToken = function (bearerToken, callback) {
  pg.connect(connString, function (err, client, done) {
    if (err) return callback(err);
    client.query(
      "SELECT access_token, client_id, expires, user_id FROM oauth_access_tokens WHERE access_token = $1",
      [bearerToken],
      function (err, result) {
        if (err) return callback(err);
        if (!result.rowCount) {
          callback(err);
          return done();
        }
        var token = result.rows[0];
        callback(null, {
          accessToken: token.access_token,
          clientId: token.client_id,
          expires: token.expires,
          userId: token.userId,
        });
        done();
      },
    );
  });
};
