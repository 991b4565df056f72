// Source: blankoslo/floq-calendar — src/backend/api.js at a194093 (absence_types), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the query callback calls `done()` first, then hands `done` to the project's handleDBErr, which calls `done(client)` again when the query failed: the client is given back twice
var pg = require("pg");
var utils = require("./utils.js");

var cs = process.env.DATABASE_URL;

var absence_types = (function () {
  var out = [];
  pg.connect(cs, function (err, client, done) {
    if (utils.handleDBErr(err, client, done)) {
      console.log("Unable to fetch absence types:", err);
      process.exit(1);
    }

    client.query("SELECT * FROM absence_types", function (err, qRes) {
      done();

      if (utils.handleDBErr(err, client, done)) {
        console.log("Unable to fetch absence types:", err);
        process.exit(1);
      }

      out = qRes.rows;
    });
  });
  return out;
})();

module.exports = absence_types;
