// Source: cuivienor/mnk-multiplayer — db/pg.js at dcfd34d (getGame, 2016-02-10, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the local handleError gives the client back on errors, but a challenge URL with no row makes `JSON.parse(result.rows[0].spec)` throw inside the query callback, before res.render and done(): every unknown URL keeps a client
var pg = require("pg");

var conString = "postgres://mnk:" + process.env.PG_PASSWORD + "@localhost/mnk-game";

var handleError = function (err, client, done) {
  if (!err) return false;
  if (client) {
    done(client);
  }
  console.log("Connection Error");
  return true;
};

module.exports.getGame = function (url, res) {
  pg.connect(conString, function (err, client, done) {
    if (handleError(err, client, done)) return;

    client.query("SELECT games.name, games.spec FROM challenges c LEFT JOIN games ON c.game_id = games.id WHERE c.url = $1", [url], function (err, result) {
      if (handleError(err, client, done)) return;

      var spec = JSON.parse(result.rows[0].spec);
      res.render("play", { rows: spec.m, columns: spec.n, spec: spec });
      done();
    });
  });
};
