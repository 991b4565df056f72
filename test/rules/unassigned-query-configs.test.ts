// A query config that some path of the checkout callback leaves undefined: `var config;` assigned only in an
// `if`/`else if` chain with no final `else`, then `client.query(config, cb)` — pg throws at once on an undefined query,
// inside the callback and before the query's callback that calls done() (rikx/icom5047's survey route, pg 4). A final
// `else`, an initial value, a look at the config before the query, a jump or a query inside a branch stay silent.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

const ROUTE = (options: { declaration?: string; chainEnd?: string; between?: string; write?: string } = {}) => {
  const { declaration = "var config;", chainEnd = "", between = "", write = "config = { text: \"SELECT * FROM location\" };" } = options;
  return `var pg = require("pg");
function flow(req, res) {
  pg.connect(process.env.DATABASE_URL, function (err, client, done) {
    if (err) return console.error(err);
    ${declaration}
    if (req.session.type == "admin") {
      ${write}
    } else if (req.session.type == "agent") {
      config = { text: "SELECT * FROM location WHERE agent_id = $1", values: [req.session.id] };
    }${chainEnd}
    ${between}
    client.query(config, function (err, result) {
      if (err) return console.error(err);
    });
    client.query("SELECT * FROM flowchart", function (err, result) {
      done();
      res.json(result ? result.rows : []);
    });
  });
}
module.exports = flow;
`;
};

const LEAK = { messageId: "callbackPathWithoutDone" as const, line: 3, column: 3, suggestions: [] };

ruleTester.run("no-leaked-client: a query config some path leaves undefined", rule, {
  valid: [
    { name: "a final else assigns it on every path", code: ROUTE({ chainEnd: " else {\n      config = \"SELECT 1\";\n    }" }) },
    { name: "an initial value", code: ROUTE({ declaration: "var config = \"SELECT 1\";" }) },
    { name: "a test of the config before the query", code: ROUTE({ between: "if (!config) return done();" }) },
    { name: "a write after the chain", code: ROUTE({ between: "config = \"SELECT 1\";" }) },
    { name: "a jump between the chain and the query", code: ROUTE({ between: "return done();" }) },
    { name: "a write in a nested function is not read", code: ROUTE({ write: "[1].forEach(function () { config = \"SELECT 1\"; });" }) },
    {
      name: "the query inside the branch that sets the config",
      code: `var pg = require("pg");
pg.connect(process.env.DATABASE_URL, function (err, client, done) {
  if (err) return;
  var config;
  if (process.env.A) {
    config = "SELECT 1";
    client.query(config, function () {});
  }
  client.query("SELECT 2", function () {
    done();
  });
});
`,
    },
  ],
  invalid: [
    { name: "no branch of the chain runs: the first query throws before done()", code: ROUTE(), errors: [LEAK] },
    { name: "let, and a log between the chain and the query", code: ROUTE({ declaration: "let config;", between: "console.log(req.params.id);" }), errors: [LEAK] },
  ],
});

describe("a query config some path leaves undefined, linted by ESLint's default parser (espree)", () => {
  it("reports the plain JavaScript route as the TypeScript parser does", () => {
    const linter = new Linter();
    const messages = linter.verify(
      ROUTE(),
      [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }],
      { filename: "route.js" },
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.map((message) => `${message.line}:${message.column}:${message.messageId}`)).toEqual(["3:3:callbackPathWithoutDone"]);
  });
});
