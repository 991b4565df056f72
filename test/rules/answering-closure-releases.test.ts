// node-postgres's own callback transaction example releases through a closure that answers whether it did:
// `const shouldAbort = (err) => { if (err) { …ROLLBACK…, done() } return !!err; }`, then `if (shouldAbort(err)) return;`
// after each query. Such a call gives the client back only on the branch where it answers true: the other branch
// still holds it (streltsov/washoe's sign-up, before df32a9e, hands the INSERT result to its caller without COMMIT or
// done()). The call is also the error check of the callback's result: reading `res` after it is no unchecked read.
// Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** The docs' shape: pool on line 1, connect on line 3, shouldAbort on lines 4–11, then `body` from line 12. */
const transaction = (body: string) => `const pool = new (require("pg").Pool)();
exports.createUser = (cb) => (user) =>
  pool.connect((err, client, done) => {
    const shouldAbort = (err) => {
      if (err) {
        client.query("ROLLBACK", (err) => {
          done();
        });
      }
      return !!err;
    };
${body}  });
`;

const insertThen = (afterCheck: string) =>
  transaction(`    client.query("INSERT INTO users(email) VALUES($1) RETURNING id", [user.email], (err, res) => {
      if (shouldAbort(err)) return;
${afterCheck}    });
`);

ruleTester.run("no-leaked-client: a closure that releases only when it answers true", rule, {
  valid: [
    {
      name: "the docs' shape: the result is read after the check, and COMMIT's callback calls done()",
      code: insertThen(
        `      client.query("INSERT INTO photos(user_id) VALUES($1)", [res.rows[0].id], (err) => {\n        if (shouldAbort(err)) return;\n        client.query("COMMIT", (err) => {\n          done();\n          cb(err);\n        });\n      });\n`,
      ),
    },
    {
      name: "the negated test: the branch where it answers false releases by hand",
      code: transaction(
        `    client.query("SELECT 1", (err, res) => {\n      if (!shouldAbort(err)) {\n        done();\n        cb(res.rows);\n      }\n    });\n`,
      ),
    },
    {
      name: "`return Boolean(err)` answers the same test",
      code: insertThen(`      done();\n      cb(res.rows[0].id);\n`).replace("return !!err;", "return Boolean(err);"),
    },
    {
      name: "a closure that returns inside its `if` answers something else there: still a release wherever it is called",
      code: insertThen(`      cb(res.rows[0].id);\n`).replace("          done();\n        });\n", "          done();\n        });\n        return false;\n"),
    },
    {
      name: "a closure that answers something else is still a release wherever it is called",
      code: insertThen(`      cb(res.rows[0].id);\n`).replace("return !!err;", "return true;"),
    },
  ],
  invalid: [
    {
      name: "the success path hands the result on without COMMIT or done() (streltsov/washoe before df32a9e)",
      code: insertThen(`      cb(res.rows[0].id);\n`),
      errors: [{ messageId: "callbackPathWithoutDone", line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "the negated test: the branch where it answers false goes on without done()",
      code: transaction(`    client.query("SELECT 1", (err, res) => {\n      if (!shouldAbort(err)) {\n        cb(res.rows);\n      }\n    });\n`),
      errors: [{ messageId: "callbackPathWithoutDone", line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "the result is read before the check that answers whether the query failed",
      code: transaction(
        `    client.query("INSERT INTO users(email) VALUES($1) RETURNING id", [user.email], (err, res) => {\n      const id = res.rows[0].id;\n      if (shouldAbort(err)) return;\n      done();\n      cb(id);\n    });\n`,
      ),
      errors: [{ messageId: "resultReadBeforeErrorCheck", line: 3, column: 3, suggestions: [] }],
    },
  ],
});
