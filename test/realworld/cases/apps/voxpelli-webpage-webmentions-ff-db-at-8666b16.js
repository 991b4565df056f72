// Source: voxpelli/webpage-webmentions — lib/main.js at 8666b16 (ffDb, 2013-12-17, pg ~2.8.4), reduced by hand, not copied
// Label: hand-over
// Why: the checkout's callback is an ff slot (`f.slotMulti(2)`), and the group's next step passes the client on to the caller's steps and registers `done` with `f.onComplete`, which ff runs when the group ends, failed or not
var pg = require("pg");
var ff = require("ff");
var options = require("./config");

var ffDb = function () {
  var args = arguments, f;

  Array.prototype.unshift.call(args, function () {
    pg.connect(options.db, f.slotMulti(2));
  }, function (client, done) {
    f.pass(client);
    f.onComplete(done);
  });

  f = ff.apply(undefined, args);

  return f;
};

module.exports = function (profile, passportDone) {
  var f = ffDb(
    function (client) {
      f.pass(client);
      client.query("UPDATE accounts SET lastlogin = NOW() WHERE external_id = $1 RETURNING id", [profile.id], f.slot());
    },
    function (client, result) {
      f.pass(result);
    }
  )
    .onSuccess(function (result) {
      passportDone(null, result.rows[0] ? { id: result.rows[0].id } : false);
    })
    .onError(function (err) {
      passportDone(err);
    });
};
