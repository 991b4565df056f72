// Source: jannikko/social-monitor — fetcher/models/helpers.js (transfer transaction), reduced by hand, not copied
// Label: safe
// Why: every error path hands client and done to the same-file rollback(), whose ROLLBACK callback calls done; COMMIT takes done as its callback
const pg = require("pg");

const rollback = function (client, done) {
  client.query("ROLLBACK", function (err) {
    return done(err);
  });
};

pg.connect(function (err, client, done) {
  if (err) throw err;
  client.query("BEGIN", function (beginError) {
    if (beginError) return rollback(client, done);
    process.nextTick(function () {
      const text = "UPDATE account SET money = money + $1 WHERE id = $2";
      client.query(text, [100, 1], function (creditError) {
        if (creditError) return rollback(client, done);
        client.query(text, [-100, 2], function (debitError) {
          if (debitError) return rollback(client, done);
          client.query("COMMIT", done);
        });
      });
    });
  });
});
