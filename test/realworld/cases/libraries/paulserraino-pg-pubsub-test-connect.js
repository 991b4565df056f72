// Source: paulserraino/pg-pubsub — tests/connect.js, reduced by hand, not copied
// Label: leak
// Why: a test fixture (pg 4's module-level pool): the client goes to the caller's callback after the setup SQL, the callback form of returning it, but when that SQL fails `if (error) throw error` leaves the query callback before the hand-over and nothing releases the client (labelled as brianc-node-pg-bench-simple.js labels the same throw; under mocha the uncaught error fails the test and the run goes on with the client checked out)
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
