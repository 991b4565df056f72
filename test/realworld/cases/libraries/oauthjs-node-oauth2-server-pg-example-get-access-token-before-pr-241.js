// Source: oauthjs/node-oauth2-server — examples/postgresql/model.js at 540f61c^ (model.getAccessToken, before PR #241 "Return database clients on failure in PostgreSQL example"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: pg's old module-level pool (`pg.connect(connString, cb)`): `if (err || !result.rowCount) return callback(err)` leaves the query callback before `done()`, so every unknown token and every failed query keeps its client
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
        if (err || !result.rowCount) return callback(err);
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
