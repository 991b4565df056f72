// A release in a promise chain's fulfilled handler, repeated by a rejection handler further down the same chain: when
// the handler's work after its release throws, the chain rejects and the catch releases the client again
// (ptarmiganlabs/butler-sos's log-db poll before PR #27). Each invalid case sits next to its valid twin.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const poll = (afterRelease: string, tail: string) => `const { Pool } = require("pg");
const pool = new Pool();
pool.connect().then((client) => {
  return client
    .query("SELECT payload FROM log_entries")
    .then((res) => {
      client.release();
${afterRelease}
    })
${tail};
});`;

const STORE = "      res.rows.forEach((row) => store(row.payload.message));";

/**
 * doron2402/hapi-postgres-pool's example: after its release the fulfilled handler calls a helper of the file; `body`
 * is that helper's body.
 */
const counted = (body: string) => `const { Pool } = require("pg");
const pool = new Pool();
const complete = [];
const isComplete = () => {
${body}
};
pool.connect().then((client) => {
  client
    .query("SELECT 1")
    .then((res) => {
      client.release();
      isComplete();
    })
    .catch((err) => {
      client.release();
      process.exit(0);
    });
});`;

/**
 * evo0705/JetSpreeNodeJS's updateImagePath: the fulfilled handler releases, then settles the promise a wrapper built
 * with `new Promise((resolve, reject) => …)`; `executor` is that executor's parameter list, `head` the wrapper's.
 */
const settled = (head: string, executor: string) => `const { Pool } = require("pg");
const pool = new Pool();
const save = ${head} =>
  new Promise(${executor} => {
    pool.connect().then((client) => {
      client
        .query("UPDATE items SET path = $1", [saved.path])
        .then(() => {
          client.release();
          resolve(saved);
        })
        .catch((error) => {
          client.release();
          reject(error);
        });
    });
  });`;

/**
 * meltzwho/Peddle's googleController at 108063e: a callback checkout whose query runs as a promise chain; `release` is
 * `client.release()` or the callback's `done()`, `afterRelease` what the fulfilled handler does after it.
 */
const lookup = (params: string, release: string, afterRelease: string) => `const { Pool } = require("pg");
const pool = new Pool();
function googleController(req, response) {
  pool.connect((${params}) => {
    if (err) {
      response.status(500).send(err);
    } else {
      client
        .query("SELECT * FROM users WHERE google_id = $1", [req.query.id])
        .then((res) => {
          ${release};
${afterRelease}
        })
        .catch((error) => {
          response.status(500).send(error);
          ${release};
        });
    }
  });
}`;

const READ_ROW = "          response.status(201).send({ id: res.rows[0].id_user });";
const LOG_ROW = "          console.log(res.rows);";

const EXITS_AFTER_TWO = "  complete.push(true);\n  if (complete.length >= 2) {\n    process.exit(1);\n  }";

ruleTester.run("no-use-after-release: a release repeated by a later rejection handler", rule, {
  valid: [
    {
      name: "only logging after the first release: nothing can make the chain reject after it",
      code: poll('      console.log(res.rows[0]);', '    .catch((err) => {\n      client.release();\n      console.error(err);\n    })'),
    },
    {
      name: "the catch does not release: the failed query is the outer chain's to handle",
      code: poll(STORE, "    .catch((err) => console.error(err))"),
    },
    {
      name: "a rejection handler on the same then handles the query's failure only",
      code: poll(STORE, "").replace("    })\n;", "    }, (err) => {\n      client.release();\n      console.error(err);\n    });"),
    },
    {
      name: "the helper called after the release only pushes and may exit the process: it cannot throw",
      code: counted(EXITS_AFTER_TWO),
    },
    {
      name: "the executor's resolve called after the release cannot throw: the catch runs only for the failed query",
      code: settled("(saved)", "(resolve, reject)"),
    },
    {
      name: "a callback checkout's chain: only logging after `client.release()`",
      code: lookup("err, client", "client.release()", LOG_ROW),
    },
    {
      name: "a callback checkout's chain: only logging after `done()`",
      code: lookup("err, client, done", "done()", LOG_ROW),
    },
    {
      name: "a callback checkout's `done()` is left out (mastodon's streaming filter: first thing in both handlers)",
      code: lookup("err, client, done", "done()", READ_ROW),
    },
    {
      name: "an earlier catch without a release takes the rejection first",
      code: poll(STORE, "    .catch((err) => console.error(err))\n    .catch((err) => {\n      client.release();\n    })"),
    },
  ],
  invalid: [
    {
      name: "a callback checkout's chain: the row read after `client.release()` throws, and the catch releases again",
      code: lookup("err, client", "client.release()", READ_ROW),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 11 }, line: 16, column: 11 }],
    },
    {
      name: "the helper called after the release reports to a function it cannot read, which may throw",
      code: counted(EXITS_AFTER_TWO.replace("process.exit(1);", "notify(complete);")),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 14 }, line: 18, column: 7 }],
    },
    {
      name: "the helper's `process` is a local object whose exit may throw",
      code: counted(`  const process = { exit: (code) => finish(code) };\n${EXITS_AFTER_TWO}`),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 15 }, line: 19, column: 7 }],
    },
    {
      name: "the resolve called after the release is the wrapper's callback, not the executor's: it may throw",
      code: settled("(saved, resolve)", "(done, reject)"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 9 }, line: 13, column: 11 }],
    },
    {
      name: "the executor's resolve shadowed by an inner function's parameter of the same name may throw",
      code: settled("(saved)", "(resolve, reject)").replace(".then(() => {", ".then((resolve) => {"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 9 }, line: 13, column: 11 }],
    },
    {
      name: "work that may throw after the release, and a catch down the chain that releases again",
      code: poll(STORE, "    .catch((err) => {\n      client.release();\n      console.error(err);\n    })"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 11, column: 7 }],
    },
    {
      name: "the same through a then without a rejection handler in between",
      code: poll(STORE, "    .then(() => console.log(\"stored\"))\n    .catch((err) => {\n      client.release();\n    })"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 12, column: 7 }],
    },
  ],
});
