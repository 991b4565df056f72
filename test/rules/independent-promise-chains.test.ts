// Releases made only in the handlers of separate promise chains started in the checkout's callback, where no chain
// releases on both of its outcomes: the path on which each chain takes its releasing-free outcome keeps the client.
// evo0705/JetSpreeNodeJS's sign-up (corpus-33c): the duplicate-email SELECT releases only in its `.catch`, the INSERT's
// `.then`/`.catch` release only inside `bcrypt.hash(…).then(…)`, whose own `.catch` rethrows — the SELECT fulfils,
// the hash rejects, nothing releases. Each invalid case has its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `const { Pool } = require("pg");
const pool = new Pool();
`;
const SIGN_UP = `${HEADER}function signup(req, res, hash) {
  pool.connect().then((client) => {
    client.query("select 1 from users where email = $1", [req.body.email])
      .then((found) => { if (found.rowCount) res.json({ taken: true }); })
      .catch((e) => { client.release(); throw e; });
    hash(req.body.password)
      .then((hashed) => {
        client.query("insert into users values ($1, $2)", [req.body.email, hashed])
          .then(() => { client.release(); res.json({ ok: true }); })
          .catch((e) => { client.release(); throw e; });
      })
      .catch((err) => { throw err; });
  });
}
`;
const SIGN_UP_HASH_CATCH_RELEASES = SIGN_UP.replace(
  ".catch((err) => { throw err; });",
  ".catch((err) => { client.release(); throw err; });",
);
const AWAITED = `${HEADER}async function touch(email, verify) {
  const client = await pool.connect();
  verify(email).then(() => {
    client.query("update users set seen = now() where email = $1", [email])
      .then(() => client.release(), () => client.release());
  });
}
`;
const AWAITED_SETTLED = AWAITED.replace(
  `      .then(() => client.release(), () => client.release());
  });`,
  `      .then(() => client.release(), () => client.release());
  }).catch(() => client.release());`,
);
// One promise kept in a variable, its fulfilment and its rejection handled in two statements: one chain, not two.
const SHARED_PROMISE = `${HEADER}function check(loaded) {
  pool.connect().then((client) => {
    loaded.then(() => {
      client.query("select 1", [], () => {}).then(() => client.release(), () => client.release());
    });
    loaded.catch(() => client.release());
  });
}
`;

ruleTester.run("no-leaked-client: releases only in separate promise chains, none releasing on both outcomes", rule, {
  valid: [
    { name: "the hash chain's catch releases too", code: SIGN_UP_HASH_CATCH_RELEASES },
    { name: "the outer chain's catch releases on its rejection", code: AWAITED_SETTLED },
    { name: "one promise in a variable, handled in two statements", code: SHARED_PROMISE },
  ],
  invalid: [
    {
      name: "the SELECT releases only when it rejects, the INSERT only inside the hash's then",
      code: SIGN_UP,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 8 }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "both releases nested in one then whose promise has no rejection handler",
      code: AWAITED,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 5 }, line: 4, column: 24, suggestions: [] }],
    },
  ],
});
