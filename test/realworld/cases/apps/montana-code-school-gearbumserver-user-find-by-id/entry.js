// Source: Montana-Code-School/gearBumServer — models/userModel.js at 260bbfc (User.findById, 2016, pg ^6.0.2), reduced by hand, not copied
// Label: safe
// Why: passport's user lookup checks out through the project's callback helper `getDB` and calls done() first thing in the query's callback, before any branch; a connect error leaves no client (the `client.query` on undefined throws with nothing checked out)
var db = require("./database").getDB;

var properties = ["email", "username", "usersid"];

function User() {}

User.findById = function (id, callback) {
  db(function (err, client, done) {
    client.query("SELECT * FROM gb.gb_users WHERE usersid = $1", [id], (err, resp) => {
      done();
      if (err) return callback(err);
      if (resp.rows.length === 0) return callback(new Error("No user found"));
      var user = new User();
      properties.map((property) => (user[property] = resp.rows[0][property]));
      callback(undefined, user);
    });
  });
};

module.exports = User;
