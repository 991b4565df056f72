// Source: austinjkovach/EZTasks — app/models/user.js at b8df90a (User.findById, behind passport's deserializeUser), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the session lookup checks a client out of a pool made per call and returns `console.error(…)` from the query callback on an error without calling `done`, so every failed lookup keeps its client (and never calls back)
var pg = require("pg");
var configDB = require("../../config/database.js");

function User() {}

User.findById = function (id, callback) {
  var pool = new pg.Pool(configDB.poolConfig);
  var response;

  pool.connect(function (err, client, done) {
    if (err) {
      return console.error("error running query", err);
    }
    client.query("SELECT * FROM users WHERE id = $1", [id], function (err, result) {
      if (err) {
        return console.error("error running query", err);
      }
      response = result.rows[0];
      done(err);
      return callback(false, response);
    });
  });
};

module.exports = User;
