// Calls that cannot throw between connect() and the try whose finally releases: lodash's `uniqueId` and type
// predicates and node-postgres-named's `patch(client)`, each bound by an import or a require of its package (knex's
// wrapNativePool, BruceFletcher/node-red-contrib-postgres-multi); a string's or an array's `slice()`; and
// `Object.assign` into an object literal; a terminal colour package's styles (`chalk.red(…)`, `pc.cyan(…)`: manasdb's
// test script). The same names bound to a module of the project, another function of
// lodash, or a copy into an existing object still count. Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const WITH_CLIENT = `import { withClient } from "poolguard/runtime";`;

/** `header` (line 1), then connect() and `before` (line 4) between the acquisition and the try whose finally releases. */
const beforeTry = (header: string, before: string) => `${header}
async function load(pool, sql, input) {
  const client = await pool.connect();
  ${before}
  try {
    await client.query(sql, input);
  } finally {
    client.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for beforeTry(header, before): its import after the file's imports. */
const rewritten = (header: string, before: string) => `${header.startsWith("import") ? `${header}\n${WITH_CLIENT}` : `${WITH_CLIENT}\n${header}`}
async function load(pool, sql, input) {
  await withClient(pool, async (client) => {
    ${before}
    await client.query(sql, input);
  });
}`;

/** The workBeforeTry finding on beforeTry(header, before), with its rewrite. */
const workBeforeTry = (header: string, before: string) => [
  {
    messageId: "workBeforeTry" as const,
    data: { pool: "pool", line: 4, tryLine: 5 },
    line: 3,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(header, before) }],
  },
];

const case_ = (name: string, header: string, before: string) => ({ name, code: beforeTry(header, before) });
const leak = (name: string, header: string, before: string) => ({ name, code: beforeTry(header, before), errors: workBeforeTry(header, before) });

const UNIQUE_ID = `client.__uid = uniqueId("__uid");`;
const PATCH = "named.patch(client);";
const COLORED_LOG = `console.log(chalk.red("loading"), input);`;

ruleTester.run("no-leaked-client: calls into known packages, and copies, before the try", rule, {
  valid: [
    case_("lodash/uniqueId imported by default (knex)", `import uniqueId from "lodash/uniqueId";`, UNIQUE_ID),
    case_("uniqueId imported by name from lodash", `import { uniqueId } from "lodash";`, UNIQUE_ID),
    case_("`_.uniqueId` and `_.isNil` on lodash imported whole", `import _ from "lodash";`, `if (!_.isNil(input)) client.__uid = _.uniqueId("c");`),
    case_("lodash-es imported as a namespace", `import * as _ from "lodash-es";`, `client.__uid = _.uniqueId("c");`),
    case_("node-postgres-named's patch (node-red-contrib-postgres-multi)", `import named from "node-postgres-named";`, PATCH),
    case_("an array's slice", `import "pg";`, "const queue = input.slice();"),
    case_("Object.assign into an object literal", `import "pg";`, "const out = Object.assign({}, input, { rows: [] });"),
    case_("a chalk colour in a log line (manasdb)", `import chalk from "chalk";`, COLORED_LOG),
    case_("chalk required, styles chained", `const chalk = require("chalk");`, `console.log(chalk.bold.red("loading"), input);`),
    case_("picocolors imported whole", `import pc from "picocolors";`, `console.log(pc.cyan("loading"));`),
  ],
  invalid: [
    leak("a uniqueId of the project's own module", `import { uniqueId } from "./ids";`, UNIQUE_ID),
    leak("a uniqueId declared in the file (it may throw)", `function uniqueId(p) { return p + next(); }`, UNIQUE_ID),
    leak("another function of lodash (`_.template` compiles, and throws on bad input)", `import _ from "lodash";`, `const render = _.template(input);`),
    leak("a patch of a module of the project", `import named from "./named";`, PATCH),
    leak("Object.assign into an existing object (a setter or a frozen target throws)", `import "pg";`, "const out = Object.assign(input, { rows: [] });"),
    leak("an array's sort with a comparator (which may throw)", `import "pg";`, "const queue = input.sort(compare);"),
    leak("a `chalk` of the project's own module", `import chalk from "./chalk";`, COLORED_LOG),
    leak("a colour parsed from input (`chalk.hex(…)` is no style)", `import chalk from "chalk";`, `console.log(chalk.hex(input)("loading"));`),
    leak("a style read off something chalk returned", `import chalk from "chalk";`, `console.log(chalk.level.red("loading"));`),
  ],
});
