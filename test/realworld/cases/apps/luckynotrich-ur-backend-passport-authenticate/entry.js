// Source: Luckynotrich/ur-backend — user-sessions/passport-config.js (authenticateUser), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the user lookup is sent with a callback and `release()` runs on the next line, so the client is back in the pool before the SELECT (and the bcrypt check in its callback) has run
const db = require("./fs_pool.js");
const pool = db.getPool();
const bcrypt = require("bcrypt");

function initialize(passport, LocalStrategy) {
  const authenticateUser = (email, password, done) => {
    pool.connect(async (err, client, release) => {
      if (err) return console.error("Error acquiring client", err.stack);
      client.query("SELECT * FROM users WHERE email = $1", [email], (err, results) => {
        if (err) throw err;
        if (results.rows.length > 0) {
          const user = results.rows[0];
          bcrypt.compare(password, user.password, (err, isMatch) => {
            if (err) throw err;
            return isMatch ? done(null, user) : done(null, false, { message: "Password or username is not correct." });
          });
        } else {
          return done(null, false, { message: "User is not registered" });
        }
      });
      release();
      if (err) return console.error("Error executing user query", err.msg);
    });
  };

  passport.use(new LocalStrategy({ usernameField: "email" }, authenticateUser));
}

module.exports = initialize;
