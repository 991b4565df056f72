// Source: cuivienor/mnk-multiplayer — db/pg.js at dcfd34d (initiateGame, 2016-02-10, pg ^4.4.4), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: done() is the query callback's last statement, after parsing the first row's spec (which throws for an unknown URL) and building the game, adding the player and wiring the socket room, any of which throwing keeps the client
var pg = require("pg");
var MnkGame = require("../lib/game.js");

var conString = "postgres://mnk:" + process.env.PG_PASSWORD + "@localhost/mnk-game";

var handleError = function (err, client, done) {
  if (!err) return false;
  if (client) {
    done(client);
  }
  console.log("Connection Error");
  return true;
};

module.exports.initiateGame = function (url, game, player, io) {
  pg.connect(conString, function (err, client, done) {
    if (handleError(err, client, done)) return;

    client.query("SELECT games.name, games.spec FROM challenges c LEFT JOIN games ON c.game_id = games.id WHERE c.url = $1", [url], function (err, result) {
      if (handleError(err, client, done)) return;

      var spec = JSON.parse(result.rows[0].spec);
      game[url] = new MnkGame(spec);
      player.addToGame(game[url]);
      game[url].setRadio(io, url);
      done();
    });
  });
};
