// Source: oauthjs/node-oauth2-server — examples/postgresql/model.js at 540f61c^ (model.saveAccessToken), reduced by hand, not copied
// Label: safe
// Why: a connect error returns before any client exists; the query callback hands the error on and then calls `done()` on its only path
var pg = require("pg");

var model = module.exports;
var connString = process.env.DATABASE_URL;

model.saveAccessToken = function (accessToken, clientId, expires, userId, callback) {
  pg.connect(connString, function (err, client, done) {
    if (err) return callback(err);
    client.query(
      "INSERT INTO oauth_access_tokens(access_token, client_id, user_id, expires) VALUES ($1, $2, $3, $4)",
      [accessToken, clientId, userId, expires],
      function (err) {
        callback(err);
        done();
      },
    );
  });
};
