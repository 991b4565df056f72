// Source: cuivienor/mnk-multiplayer — db/pg.js (populateGames), reduced by hand, not copied
// Label: leak
// Why: the legacy `pg.connect(conString, cb)` checkout hands `done` only to handleError, which calls it when `err` is set; the query's callback never calls `done()`, so every successful run keeps its client
var pg = require("pg");

var conString = process.env.DATABASE_URL;

function handleError(err, client, done) {
  if (!err) return false;
  if (client) {
    done(client);
  }
  console.log("Connection Error");
  return true;
}

module.exports.populateGames = function (addGame) {
  pg.connect(conString, function (err, client, done) {
    if (handleError(err, client, done)) return;

    client.query("SELECT games.spec, challenges.url FROM challenges LEFT JOIN games ON challenges.game_id = games.id", function (err, result) {
      result.rows.forEach(function (game) {
        addGame(game.url, JSON.parse(game.spec));
      });
    });
  });
};
