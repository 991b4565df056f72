// Source: dsudzy/passport-local-postgres — index.js at f9e0486 (postgresLocal's localStrategy), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the library's LocalStrategy verify callback checks a client out with `(err, client, release)` and answers passport through its own `cb` on every path, but never calls `release`: every login attempt keeps a client
const bcrypt = require("bcrypt");

function postgresLocal(pool) {
  const self = this;
  self.pool = pool;

  this.localStrategy = function (username, password, cb) {
    self.pool.connect((err, client, release) => {
      if (err) {
        console.log("Error acquiring client", err.stack);
        return cb(err);
      }
      client.query("SELECT id, username, password FROM users WHERE username=$1", [username], (err, result) => {
        if (err) {
          return cb(err);
        }
        if (result.rows.length > 0) {
          const first = result.rows[0];
          bcrypt.compare(password, first.password, function (err, res) {
            if (res) {
              cb(null, { id: first.id, username: first.username });
            } else {
              cb(null, false);
            }
          });
        } else {
          cb(null, false);
        }
      });
    });
  };

  this.serializeUser = function (user, done) {
    done(null, user.id);
  };

  return this;
}

module.exports = postgresLocal;
