// Passport's verify callback and pg's connect callback both like the name `done` (corpus-33c: dsudzy/
// passport-local-postgres names pg's release `release` and answers passport through `cb`; meltzwho/Peddle's
// GoogleStrategy takes a two-parameter connect callback inside passport's `done`). The release is whatever pg hands
// the connect callback as its third parameter, read by scope: an inner `done` shadowing passport's is pg's release —
// called twice, it releases twice; passport's `done` called where pg's is named otherwise releases nothing.
import leakRule from "../../rules/no-leaked-client.js";
import afterReleaseRule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `const passport = require("passport");
const { Strategy } = require("passport-local");
const { Pool } = require("pg");
const pool = new Pool();
`;
// pg's `done` shadows passport's: the `done()` first in the query callback is the release, and the `done(err)` and
// `done(null, user)` after it (meant for passport) release the client again.
const SHADOWED = `${HEADER}passport.use(new Strategy((username, password, done) => {
  pool.connect((err, client, done) => {
    if (err) return done(err);
    client.query("select * from users where username = $1", [username], (err, result) => {
      done();
      if (err) return done(err);
      return done(null, result.rows[0]);
    });
  });
}));
`;
// The same with pg's release named apart: passport's `done` answers after the release, once.
const NAMED_APART = SHADOWED.replace("(err, client, done) =>", "(err, client, release) =>").replace(
  "      done();\n",
  "      release();\n",
);
// pg's release named `release` and never called: answering passport through its `done` gives nothing back.
const PASSPORT_DONE_ONLY = NAMED_APART.replace("      release();\n", "");

ruleTester.run("no-leaked-client: passport's `done` beside pg's connect callback", leakRule, {
  valid: [
    { name: "pg's done shadows passport's and is called first in the query callback", code: SHADOWED },
    { name: "pg's release named apart, called before passport's done", code: NAMED_APART },
  ],
  invalid: [
    {
      name: "only passport's done is called; pg's release is never called",
      code: PASSPORT_DONE_ONLY,
      errors: [{ messageId: "neverReleased", line: 6, column: 3 }],
    },
  ],
});

ruleTester.run("no-use-after-release: passport's `done` beside pg's connect callback", afterReleaseRule, {
  valid: [{ name: "pg's release named apart: passport's done after it is no second release", code: NAMED_APART }],
  invalid: [
    {
      name: "pg's done shadows passport's: the calls meant for passport release again",
      code: SHADOWED,
      errors: [
        { messageId: "doubleRelease", line: 10, column: 23 },
        { messageId: "doubleRelease", line: 11, column: 14 },
      ],
    },
  ],
});
