// Source: paulserraino/pg-pubsub — tests/connect.js, reduced by hand, not copied
// Label: hand-over
// Why: a test fixture (pg 4's module-level pool): after the setup SQL the client goes to the caller's callback, the callback form of returning it; the suite keeps it in mocha's context for the whole run
var pg = require("pg");
var fs = require("fs");
var path = require("path");

var setupSQL = fs.readFileSync(path.join(__dirname, "setup.sql"));

module.exports = function (cb) {
  pg.connect("postgres://localhost/test", function (error, client) {
    if (error) throw error;
    client.query(setupSQL.toString(), function (error) {
      if (error) throw error;
      cb(client);
    });
  });
};
