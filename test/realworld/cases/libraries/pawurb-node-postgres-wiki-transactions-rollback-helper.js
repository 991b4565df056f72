// Source: pawurb/node-postgres-wiki — Transactions.md at 27a581b (node-postgres's old wiki: "a transaction using the client pool"), reduced by hand, not copied
// Label: safe
// Why: every failing step returns `rollback(client, done)`, a helper of the same file whose ROLLBACK callback calls `done(err)`; the last step passes `done` itself as COMMIT's callback
var pg = require("pg");

var rollback = function (client, done) {
  client.query("ROLLBACK", function (err) {
    return done(err);
  });
};

pg.connect(function (err, client, done) {
  if (err) throw err;
  client.query("BEGIN", function (err) {
    if (err) return rollback(client, done);
    process.nextTick(function () {
      var text = "INSERT INTO account(money) VALUES($1) WHERE id = $2";
      client.query(text, [100, 1], function (err) {
        if (err) return rollback(client, done);
        client.query(text, [-100, 2], function (err) {
          if (err) return rollback(client, done);
          client.query("COMMIT", done);
        });
      });
    });
  });
});
