// Source: kevinhassan/taketheroll — server/config/database.js at 1f9e5a9 (query, unchanged since 46513b9 2016-05-11, pg ^4.5.5), reduced by hand, not copied
// Label: safe
// Why: the helper calls `client.end()` on the pooled client instead of done(); in pg 4 the pool listens for a pooled client's 'end' and destroys it, freeing its slot, so nothing stays checked out (a connection is thrown away per query, but none is leaked); a connect error returns before any client exists
var query = function (sql, callback) {
  var pg = require("pg");
  var connectionString = process.env.DB_URL;
  pg.defaults.ssl = true;

  pg.connect(connectionString, function (error, client, done) {
    if (error) {
      var failure = new Error("Connexion à la base de donnée impossible");
      failure.http_code = 500;
      return callback(null, failure);
    }
    client.query(sql, function (error, result) {
      client.end();
      if (error) {
        var failed = new Error("La requête a retournée une erreur");
        failed.http_code = 400;
        return callback(null, failed);
      }
      callback(result.rows, null);
    });
  });
};

exports.query = query;
