// Source: oauthjs/node-oauth2-server — examples/postgresql/model.js at 540f61c^ (model.getRefreshToken; PR #241 left it as it was), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failed query calls back with `result` undefined, so `result.rowCount` throws a TypeError inside the query callback before `callback(...)` and `done()`: that client is never released
var pg = require("pg");

var model = module.exports;
var connString = process.env.DATABASE_URL;

model.getRefreshToken = function (bearerToken, callback) {
  pg.connect(connString, function (err, client, done) {
    if (err) return callback(err);
    client.query(
      "SELECT refresh_token, client_id, expires, user_id FROM oauth_refresh_tokens WHERE refresh_token = $1",
      [bearerToken],
      function (err, result) {
        callback(err, result.rowCount ? result.rows[0] : false);
        done();
      },
    );
  });
};
