// `const client = !db.pools_connections || options?.no_transaction ? db : await db.getClient()`, released under
// `if (db.pools_connections && !options?.no_transaction)` (saltcorn's Table.import_csv_file): a compound test whose
// every operand is a stable read is read as what each operand is where the checkout was made, each a condition of
// its own (checkout-condition.ts). Each invalid case sits next to the valid twin it differs from
// (test/realworld/cases/apps/saltcorn-saltcorn-import-csv-conditional-checkout).
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-compound-checkout-condition-");

write(
  "db.js",
  `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = {\n  pools_connections: true,\n  getClient: () => pool.connect(),\n};\n`,
);
const filename = path.join(root, "entry.js");

/** An import that chooses its client with `choose` and runs `body` (lines 4 on) with it. */
const load = (choose: string, body: string, params = "table, options") =>
  `const db = require("./db");\nasync function load(${params}) {\n  ${choose}\n${body}}\nmodule.exports = { load };\n`;

const EITHER = "const client = !db.pools_connections || options?.no_transaction ? db : await db.getClient();";
const BOTH = "const client = db.pools_connections && !options.no_transaction ? await db.getClient() : db;";
const HELD = "db.pools_connections && !options?.no_transaction";
const COPY = "await client.query(`COPY ${table} FROM STDIN`);";
const IN_FINALLY = (guard: string) => `  try {\n    ${COPY}\n  } finally {\n    if (${guard}) client.release();\n  }\n`;
const AFTER = (guard: string) => `  ${COPY}\n  if (${guard}) await client.release(true);\n`;

const notReleasedOnThrow = (column: number) => [
  { messageId: "helperNotReleasedOnThrow" as const, data: { checkout: "db.getClient()", line: 4 }, line: 3, column, suggestions: [] },
];

ruleTester.run("no-leaked-client: a checkout chosen by a compound test of stable reads", rule, {
  valid: [
    { name: "released in a finally under the test that the checkout's branch needs", code: load(EITHER, IN_FINALLY(HELD)), filename },
    { name: "checked out on the truthy side of `&&`, released under the same test", code: load(BOTH, IN_FINALLY("db.pools_connections && !options.no_transaction")), filename },
    { name: "released under one of the operands the checkout needs", code: load(EITHER, IN_FINALLY("db.pools_connections")), filename },
    {
      name: "the checkout on the truthy side of `||` needs neither operand: the client is not followed",
      code: load("const client = db.pools_connections || options?.force ? await db.getClient() : db;", AFTER("db.pools_connections")),
      filename,
    },
    {
      name: "a parameter that is reassigned: its property proves nothing, and the client is not followed",
      code: load(`options = options || {};\n  ${EITHER}`, AFTER(HELD)),
      filename,
    },
    {
      name: "an operand that is a call: not a stable read, and the client is not followed",
      code: load("const client = !db.pools_connections || options.skip() ? db : await db.getClient();", AFTER(HELD)),
      filename,
    },
  ],
  invalid: [
    {
      name: "the COPY before the release under the same compound test throws past it (saltcorn's import_csv_file)",
      code: load(EITHER, AFTER(HELD)),
      filename,
      errors: notReleasedOnThrow(80),
    },
    {
      name: "the same on the truthy side of `&&`",
      code: load(BOTH, AFTER("db.pools_connections && !options.no_transaction")),
      filename,
      errors: notReleasedOnThrow(74),
    },
    {
      name: "released under one of the operands: the COPY throws past it",
      code: load(EITHER, AFTER("db.pools_connections")),
      filename,
      errors: notReleasedOnThrow(80),
    },
  ],
});
