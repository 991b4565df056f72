// Node-style callbacks declared by name and passed (`pool.connect(connected)`, `getData(db, processed)`) are followed
// like the same functions written inline: the connect callback owns the client, a nested declaration that releases it
// is a continuation. Corpus: noblesamurai/node-pg-jobs's Jobs.processNow before PR #25. Each invalid case sits next to
// its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const checkout = (processed: string) => `const { Pool } = require("pg");
const pool = new Pool();
function processNow(jobId, done) {
  pool.connect(connected);
  function connected(err, db, releaseClient) {
    if (err) return done(err);
    loadJob(db, jobId, processed);
    function processed(err) {
${processed}
    }
  }
}`;

ruleTester.run("no-leaked-client: callbacks declared by name", rule, {
  valid: [
    {
      name: "the named continuation releases first thing, on every path",
      code: checkout("      releaseClient();\n      done(err);"),
    },
    {
      name: "a name also called directly runs under other arguments: not followed as a continuation",
      code: checkout("      if (err) return done(err);\n      releaseClient();\n      done();").replace(
        "    loadJob(db, jobId, processed);",
        "    if (!jobId) return processed(null);\n    loadJob(db, jobId, processed);",
      ),
    },
  ],
  invalid: [
    {
      name: "the named continuation returns before releasing when the job fails",
      code: checkout("      if (err) return done(err);\n      releaseClient();\n      done();"),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pool", where: "the `return` on line 9", done: "releaseClient" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "the named connect callback with an inline continuation that returns early",
      code: checkout("      releaseClient();\n      done(err);").replace(
        "    loadJob(db, jobId, processed);",
        "    loadJob(db, jobId, function (err) {\n      if (err) return done(err);\n      releaseClient();\n    });",
      ),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pool", where: "the `return` on line 8", done: "releaseClient" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
