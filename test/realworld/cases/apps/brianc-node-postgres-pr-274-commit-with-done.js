// Source: https://github.com/brianc/node-postgres/pull/274 ("Connection Pool refactor": the BEGIN/COMMIT example), reduced by hand, not copied
// Label: safe
// Why: a failed BEGIN returns `done(err)`, which destroys the client; otherwise COMMIT is sent on the next tick with `done` as its callback, so the client goes back when COMMIT settles
var pg = require("pg");

pg.connect(function (err, client, done) {
  client.query("BEGIN", function (err, res) {
    if (err) return done(err);
    process.nextTick(function () {
      client.query("COMMIT", done);
    });
  });
});
