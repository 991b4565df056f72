// Source: austinjkovach/EZTasks — app/models/user.js at b8df90a (User.findOrCreate, the Google sign-in's user lookup), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a pool made per call checks a client out; a failed SELECT returns `console.error(…)` without `done`, and a new user calls `done(err)` inside the `if` and again after it, giving the client back twice while its INSERT still runs
var pg = require("pg");
var configDB = require("../../config/database.js");

function User() {}

User.findOrCreate = function (profile, token, callback) {
  var response;
  var pool = new pg.Pool(configDB.poolConfig);

  pool.connect(function (err, client, done) {
    if (err) {
      return console.error("error running query", err);
    }
    client.query("SELECT * FROM users WHERE uid = $1", [profile.id], function (err, result) {
      if (err) {
        return console.error("error running query", err);
      }
      response = result.rows;
      if (response.length === 0) {
        client.query("INSERT INTO users (email, uid, token) VALUES ($1, $2, $3)", [profile.email, profile.id, token], function (err, result) {
          if (err) {
            console.error("error inserting:", err);
          }
          response = result;
        });
        done(err);
      }
      done(err);
      return callback(false, response[0]);
    });
  });
};

module.exports = User;
