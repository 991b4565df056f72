// Source: meltzwho/Peddle — server/helpers/googleAuthSetup.js at 8f178c4 (the GoogleStrategy verify callback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the OAuth verify callback checks a client out with a two-parameter connect callback (passport's own `done` is the outer one), releases after the SELECT, then INSERTs the new user on the released client and releases again; a profile with an empty email never releases at all
const passport = require("passport");
const GoogleStrategy = require("passport-google-oauth20");
const { google } = require("../../config.js");
const write = require("../../db/index.js").write;
const { setDefaultRating } = require("../models/signupModel");

passport.use(
  new GoogleStrategy(
    { callbackURL: "/auth/google/redirect", clientID: google.id, clientSecret: google.secret },
    (accessToken, refreshToken, profile, done) => {
      write.connect((err, client) => {
        if (err) {
          return done(err);
        }
        if (profile.emails[0].value !== "") {
          client
            .query("SELECT * FROM users WHERE email = $1", [profile.emails[0].value])
            .then((res) => {
              client.release();
              if (res.rows[0] === undefined) {
                const username = profile.emails[0].value.split("@")[0];
                client
                  .query(
                    "INSERT INTO users(first_name, username, email, google_id, token) VALUES($1, $2, $3, $4, $5) RETURNING *",
                    [profile.name.givenName, username, profile.emails[0].value, profile.id, accessToken]
                  )
                  .then((inserted) => {
                    setDefaultRating(inserted.rows[0].id_user, (e) => {
                      if (e) console.error(e);
                    });
                    client.release();
                  })
                  .catch((e) => {
                    console.error(e);
                    client.release();
                  });
              }
            })
            .catch((e) => {
              console.error(e);
              client.release();
            });
        }
      });
      return done(null, profile);
    }
  )
);
