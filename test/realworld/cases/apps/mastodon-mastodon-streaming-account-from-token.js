// Source: mastodon/mastodon — streaming/index.js at bc066d89 (accountFromToken), reduced by hand, not copied
// Label: safe
// Why: a promise executor around the callback API: a connect error rejects before any client exists, and the query callback calls done() before anything else
const pg = require("pg");

const makeAccountFromToken = (pgConfig) => {
  const pgPool = new pg.Pool(pgConfig);

  return (token, req) =>
    new Promise((resolve, reject) => {
      pgPool.connect((err, client, done) => {
        if (err) {
          reject(err);
          return;
        }
        client.query(
          "SELECT oauth_access_tokens.id, users.account_id, oauth_access_tokens.scopes FROM oauth_access_tokens INNER JOIN users ON oauth_access_tokens.resource_owner_id = users.id WHERE oauth_access_tokens.token = $1 AND oauth_access_tokens.revoked_at IS NULL LIMIT 1",
          [token],
          (err, result) => {
            done();
            if (err) {
              reject(err);
              return;
            }
            if (result.rows.length === 0) {
              err = new Error("Invalid access token");
              err.status = 401;
              reject(err);
              return;
            }
            req.accessTokenId = result.rows[0].id;
            req.scopes = result.rows[0].scopes.split(" ");
            req.accountId = result.rows[0].account_id;
            resolve();
          },
        );
      });
    });
};

module.exports = makeAccountFromToken;
