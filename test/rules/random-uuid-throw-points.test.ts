// node:crypto's `randomUUID()` is no throw point between connect() and the try whose finally releases (seen in
// Cap-go/capgo's test helpers, which make the key they insert that way), nor is the uuid package's `v4()` with no
// argument under any name the file binds it to (Jonkor/task-manager-Postgre's `uuidv4()`). A `randomUUID` the file does not take from
// crypto, or one given an argument that runs code, still counts. Each invalid case sits next to the valid twin it
// differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** `header` (line 1), then connect(), then `before` (line 4) between the acquisition and the try whose finally releases. */
const beforeTry = (header: string, before: string) => `${header}
async function create(pool, name) {
  const client = await pool.connect();
  ${before}
  try {
    await client.query("INSERT INTO keys (name, key) VALUES ($1, $2)", [name, key]);
  } finally {
    client.release();
  }
}`;

/** The withClient import the rewrite adds after the header: a require in a file that requires, an import otherwise. */
const withClientImport = (header: string) =>
  header.includes("require(") ? 'const { withClient } = require("poolguard/runtime");' : 'import { withClient } from "poolguard/runtime";';

/** The withClient rewrite no-leaked-client suggests for beforeTry(header, before). */
const rewritten = (header: string, before: string) => `${header}
${withClientImport(header)}
async function create(pool, name) {
  await withClient(pool, async (client) => {
    ${before}
    await client.query("INSERT INTO keys (name, key) VALUES ($1, $2)", [name, key]);
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

const IMPORTED = 'import { randomUUID } from "node:crypto";';
const REQUIRED = 'const { randomUUID: uuid } = require("crypto");';
const OWN = 'import { randomUUID } from "./ids";';

ruleTester.run("no-leaked-client: node:crypto's randomUUID before the try", rule, {
  valid: [
    { name: "randomUUID imported from node:crypto", code: beforeTry(IMPORTED, "const key = randomUUID();") },
    { name: "randomUUID required from crypto under another name", code: beforeTry(REQUIRED, "const key = uuid();") },
    { name: "crypto.randomUUID() (the namespace or the Web Crypto global)", code: beforeTry("// web crypto", "const key = crypto.randomUUID();") },
    {
      name: "randomUUID with plain options",
      code: beforeTry(IMPORTED, "const key = randomUUID({ disableEntropyCache: true });"),
    },
  ],
  invalid: [
    {
      name: "a randomUUID of the project's own module may throw",
      code: beforeTry(OWN, "const key = randomUUID();"),
      errors: workBeforeTry(OWN, "const key = randomUUID();"),
    },
    {
      name: "the required alias's original name is not what the file calls",
      code: beforeTry(REQUIRED, "const key = randomUUID();"),
      errors: workBeforeTry(REQUIRED, "const key = randomUUID();"),
    },
    {
      name: "randomUUID given options built by a call",
      code: beforeTry(IMPORTED, "const key = randomUUID(options());"),
      errors: workBeforeTry(IMPORTED, "const key = randomUUID(options());"),
    },
    {
      name: "randomUUID on another object",
      code: beforeTry('import ids from "./ids";', "const key = ids.randomUUID();"),
      errors: workBeforeTry('import ids from "./ids";', "const key = ids.randomUUID();"),
    },
  ],
});

const UUID_ALIAS = 'import { v4 as uuidv4 } from "uuid";';
const UUID_REQUIRED = 'const { v7: uuid } = require("uuid");';

ruleTester.run("no-leaked-client: the uuid package's v4() before the try", rule, {
  valid: [
    { name: "v4 imported from uuid under another name", code: beforeTry(UUID_ALIAS, "const key = uuidv4();") },
    { name: "v7 required from uuid under another name", code: beforeTry(UUID_REQUIRED, "const key = uuid();") },
  ],
  invalid: [
    {
      name: "v4 given a buffer and an offset may throw a RangeError",
      code: beforeTry(UUID_ALIAS, "const key = uuidv4(undefined, buffer, 8);"),
      errors: workBeforeTry(UUID_ALIAS, "const key = uuidv4(undefined, buffer, 8);"),
    },
    {
      name: "uuid's parse takes input and throws on a malformed string",
      code: beforeTry('import { parse as uuidv4 } from "uuid";', "const key = uuidv4();"),
      errors: workBeforeTry('import { parse as uuidv4 } from "uuid";', "const key = uuidv4();"),
    },
    {
      name: "a v4 of the project's own module",
      code: beforeTry('import { v4 as uuidv4 } from "./ids";', "const key = uuidv4();"),
      errors: workBeforeTry('import { v4 as uuidv4 } from "./ids";', "const key = uuidv4();"),
    },
  ],
});
