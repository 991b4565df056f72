// node:path's `join`/`resolve` of string literals and the module's own `__dirname`/`__filename` is no throw point
// between connect() and the try whose finally releases (kkumarcodes/Shopmost's installer lists its modules'
// directories with `path.resolve(__dirname, "../../modules/auth")` there). A variable or a call among the arguments,
// a `__dirname` the file declares itself, or a `path` that is not node:path's still counts. Each invalid case sits
// next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** `header` (line 1), then connect(), then `before` (line 4) between the acquisition and the try whose finally releases. */
const beforeTry = (header: string, before: string) => `${header}
async function install(pool) {
  const connection = await pool.connect();
  ${before}
  try {
    await migrate(connection, dir);
  } finally {
    connection.release();
  }
}`;

/** The withClient rewrite no-leaked-client suggests for beforeTry(header, before), in a file that requires. */
const rewritten = (header: string, before: string) => `${header}
const { withClient } = require("poolguard/runtime");
async function install(pool) {
  await withClient(pool, async (connection) => {
    ${before}
    await migrate(connection, dir);
  });
}`;

const workBeforeTry = (header: string, before: string) => [
  {
    messageId: "workBeforeTry" as const,
    data: { pool: "pool", line: 4, tryLine: 5 },
    line: 3,
    column: 28,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(header, before) }],
  },
];

const PATH = 'const path = require("path");';
const NODE_PATH = 'const { join } = require("node:path");';
const OWN_PATH = 'const path = require("./path");';
const DECLARED_DIRNAME = 'const path = require("path"), __dirname = process.env.APP_DIR;';

ruleTester.run("no-leaked-client: node:path's join and resolve of literals before the try", rule, {
  valid: [
    { name: "path.resolve of __dirname and a literal (Shopmost's installer)", code: beforeTry(PATH, 'const dir = path.resolve(__dirname, "../../modules/auth");') },
    { name: "join required by name from node:path, with __filename and a template", code: beforeTry(NODE_PATH, "const dir = join(__filename, `..`, 'migrations');") },
  ],
  invalid: [
    {
      name: "a variable among the arguments may be no string",
      code: beforeTry(PATH, "const dir = path.resolve(root, 'modules');"),
      errors: workBeforeTry(PATH, "const dir = path.resolve(root, 'modules');"),
    },
    {
      name: "a __dirname the file declares is not the module's",
      code: beforeTry(DECLARED_DIRNAME, 'const dir = path.resolve(__dirname, "modules");'),
      errors: workBeforeTry(DECLARED_DIRNAME, 'const dir = path.resolve(__dirname, "modules");'),
    },
    {
      name: "a path module of the project's own",
      code: beforeTry(OWN_PATH, 'const dir = path.resolve(__dirname, "modules");'),
      errors: workBeforeTry(OWN_PATH, 'const dir = path.resolve(__dirname, "modules");'),
    },
    {
      name: "another function of node:path",
      code: beforeTry(PATH, 'const dir = path.relative(__dirname, "modules");'),
      errors: workBeforeTry(PATH, 'const dir = path.relative(__dirname, "modules");'),
    },
  ],
});
