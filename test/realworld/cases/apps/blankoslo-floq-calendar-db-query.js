// Source: blankoslo/floq-calendar — src/backend/db.js at 26d095b (query), reduced by hand, not copied
// Label: safe
// Why: the module's own handleError gives the client back with `done(client)` on a connect or query error (there is no client on a failed connect); success calls `done(client)` before the caller's callback
var pg = require("pg");

var cs = process.env.DATABASE_URL;

function handleError(err, client, done) {
  if (!err) return false;
  if (client) done(client);
  return true;
}

module.exports = {
  query: function (query, input, success, failure) {
    pg.connect(cs, function (err, client, done) {
      if (handleError(err, client, done)) {
        failure(err);
        return;
      }

      client.query(query, input, function (err, qRes) {
        if (handleError(err, client, done)) {
          failure(err);
          return;
        }

        done(client);
        success(qRes);
      });
    });
  },
};
