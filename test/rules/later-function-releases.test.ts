// no-use-after-release: a callback chain that calls `done()` and then, in a function it makes afterwards (the callback
// of a pool query, a timer), calls `done()` again (later-function-releases.ts). The function runs only after it is made,
// so after the first release: the second one throws "Release called on client which has already been released to
// the pool." Each invalid case sits next to its valid twin.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback checkout whose first query's callback holds `body` (indented by six spaces). */
const chain = (body: string, top = "") => `const pg = require("pg");
const pool = new pg.Pool();
function get(id, cb) {
  pool.connect(function (err, client, done) {
    if (err) return cb(err);${top}
    client.query("SELECT 1", [id], function (err, res) {
${body}
    });
  });
}`;

const SECOND = `      pool.query("SELECT 2", function (err2, res2) {\n        done();\n        cb(err2, res2);\n      });`;

ruleTester.run("no-use-after-release: a release repeated in a function made after it", rule, {
  valid: [
    {
      name: "the first release only on the error path, which returns: the later function's release is the only one",
      code: chain(`      if (err) {\n        done(err);\n        return cb(err);\n      }\n${SECOND}`),
    },
    {
      name: "done wrapped once (\`done = once(done)\`): a second call does nothing",
      code: chain(`      done();\n      if (err) return cb(err);\n${SECOND}`, "\n    done = once(done);"),
    },
    {
      name: "the later function is made before the release: not read (it may run first)",
      code: chain(`      const next = function (err2, res2) {\n        done();\n        cb(err2, res2);\n      };\n      done();\n      if (err) return cb(err);\n      pool.query("SELECT 2", next);`),
    },
  ],
  invalid: [
    {
      name: "done() in the first query's callback, then again in the callback of a pool query it sends",
      code: chain(`      done();\n      if (err) return cb(err);\n${SECOND}`),
      errors: [{ messageId: "doubleRelease", data: { client: "done", line: 7 }, line: 10, column: 9 }],
    },
    {
      name: "done() again in a timer made after the release",
      code: chain(`      done(err);\n      setTimeout(() => {\n        done();\n      }, 10);\n      cb(err, res);`),
      errors: [{ messageId: "doubleRelease", data: { client: "done", line: 7 }, line: 9, column: 9 }],
    },
    {
      name: "the later function is the callback of a query on the released client: that use is the one finding",
      code: chain(`      done();\n      if (err) return cb(err);\n      client.query("SELECT 2", function (err2, res2) {\n        done();\n        cb(err2, res2);\n      });`),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 7 }, line: 9, column: 7 }],
    },
  ],
});
