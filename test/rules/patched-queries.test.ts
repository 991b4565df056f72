// node-postgres-named's patched `client.query(sql, values, cb)` throws synchronously when a `$name` the SQL uses has
// no value. A `try`/`catch` in the connect callback that swallows that throw leaves the query's callback — the one
// that calls `done()` — never run (MK-2001/node-red-contrib-postgres). Positional values, a throw no catch of the
// callback receives, a catch that releases, or a `patch` of the project's own stay silent.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HANDLER = (options: { binding?: string; values?: string; onError?: string; guarded?: boolean } = {}) => {
  const { binding = `const named = require("node-postgres-named");`, values = "params", onError = "log(error);", guarded = true } = options;
  const query = `named.patch(client);\n    client.query(sql, ${values}, (err, res) => {\n      done();\n      reply(err, res);\n    });`;
  const body = guarded ? `    try {\n    ${query}\n    } catch (error) {\n      ${onError}\n    }` : `    ${query}`;
  return `const { Pool } = require("pg");\n${binding}\nconst pool = new Pool();\nfunction run(sql, params, reply, log) {\n  pool.connect((err, client, done) => {\n    if (err) return reply(err);\n${body}\n  });\n}\nmodule.exports = { run };\n`;
};

ruleTester.run("no-leaked-client: a node-postgres-named query whose throw the callback swallows", rule, {
  valid: [
    { name: "positional values never go through the named rewrite", code: HANDLER({ values: "[params.id]" }) },
    { name: "no catch of the callback: the throw leaves it (and crashes the process)", code: HANDLER({ guarded: false }) },
    { name: "the catch releases the client", code: HANDLER({ onError: "done();\n      log(error);" }) },
    { name: "a `patch` of the project's own module is not node-postgres-named's", code: HANDLER({ binding: `const named = require("./named");` }) },
  ],
  invalid: [
    {
      name: "the catch only logs: the query's callback, which calls done(), never runs",
      code: HANDLER(),
      errors: [{ messageId: "callbackPathWithoutDone", line: 5, column: 3, suggestions: [] }],
    },
    {
      name: "the same with an import of the package",
      code: HANDLER({ binding: `import * as named from "node-postgres-named";` }),
      errors: [{ messageId: "callbackPathWithoutDone", line: 5, column: 3, suggestions: [] }],
    },
  ],
});
