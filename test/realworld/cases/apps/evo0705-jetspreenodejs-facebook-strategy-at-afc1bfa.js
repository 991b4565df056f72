// Source: evo0705/JetSpreeNodeJS — src/passport.js at afc1bfa (the FacebookStrategy verify callback, "add dependency babel-polyfill": a catch added before the finally), reduced by hand, not copied
// Label: safe
// Why: the async IIFE awaits `pool.connect()` and releases in the finally of the try that holds every query; the catch added here returns done(err) (and its `e.stack` is a ReferenceError), but either way the finally still releases
const FacebookStrategy = require("passport-facebook").Strategy;
const config = require("./config");

module.exports = function (passport, pool) {
  passport.use(new FacebookStrategy({
    clientID: config.facebook_app_id,
    clientSecret: config.facebook_app_secret,
    callbackURL: config.facebook_callback_url,
    profileFields: ["id", "displayName", "photos", "email"],
    passReqToCallback: true,
  },
  function (req, token, refreshToken, profile, done) {
    process.nextTick(function () {
      (async () => {
        let user = {};
        let client = await pool.connect();
        try {
          let result = await client.query("SELECT id, email FROM users WHERE facebook_id = $1 OR email = $2",
            [profile.id, profile.emails[0].value]);
          if (result.rows.length == 0) {
            result = await client.query("INSERT INTO users (email, password, facebook_id) VALUES ($1, $2, $3) RETURNING id, email",
              [profile.emails[0].value, null, profile.id]);
          }
          user = result.rows[0];
        } catch (err) {
          console.error(err.message, e.stack);
          return done(err);
        } finally {
          client.release();
        }
        return done(null, user);
      })().catch(err => {
        console.error(err.message, e.stack);
        return done(err);
      });
    });
  }));
};
