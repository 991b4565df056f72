// A web stream whose source's start() stores a checkout in a variable of the enclosing scope for its cancel() to
// release (src/analysis/lifetime/cancelled-stream-checkouts.ts): a ReadableStream runs cancel() without waiting for
// start() to settle, so a browser that leaves while `pool.connect()` is pending finds the variable empty and the client
// stored after it is never released. Reduced from saltycrane/next-sse-postgres-example's createMessageStream
// (test/realworld/cases/apps/saltycrane-next-sse-postgres-example-message-stream.ts). Each valid case is the twin of
// the first invalid one with one condition changed.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** An SSE stream keeping its LISTEN client in `client`; `afterCheckout` runs right after the checkout (line 9). */
const stream = ({ afterCheckout = "", start = "async start(controller) {", cancelBody = "    if (client) client.release();\n", extra = "" } = {}) => `import { Pool } from "pg";
const pool = new Pool();
export function createMessageStream() {
  let active = true;
  let client: any = null;
  return new ReadableStream({
    ${start}
      try {
        client = await pool.connect();
${afterCheckout}        await client.query("LISTEN message_changes");
        client.on("notification", (n: any) => controller.enqueue(n.payload));
      } catch (error) {
        if (active) {
          active = false;
          if (client) client.release();
          controller.close();
        }
      }
    },
    cancel() {
      active = false;
${cancelBody}    },
  });
}
${extra}`;

/** The same in plain JavaScript (a Next.js route in a `.js` project), read by both parsers. */
const JS_STREAM = stream()
  .replace('import { Pool } from "pg";', 'const { Pool } = require("pg");')
  .replace("export function", "function")
  .replace("let client: any = null;", "let client = null;")
  .replace("(n: any)", "(n)");
const JS_CHECKED = JS_STREAM.replace('        await client.query("LISTEN', '        if (!active) {\n          client.release();\n          return;\n        }\n        await client.query("LISTEN');
const parsers = [
  { parser: "typescript-eslint", languageOptions: {} },
  { parser: "espree", languageOptions: { parser: espree } },
] as const;

const cancelled = (line: number, column: number) => ({
  messageId: "cancelledBeforeStored" as const,
  data: { pool: "pool", holder: "client" },
  line,
  column,
  suggestions: [],
});

ruleTester.run("no-leaked-client: a stream's checkout that its cancel() can miss", rule, {
  valid: [
    ...parsers.map(({ parser, languageOptions }) => ({ name: `JavaScript: start() checks the flag after the checkout (${parser})`, code: JS_CHECKED, languageOptions })),
    {
      name: "start() checks, right after the checkout, whether cancel() ran, and releases the client then",
      code: stream({ afterCheckout: "        if (!active) {\n          client.release();\n          return;\n        }\n" }),
      filename: "file.ts",
    },
    {
      name: "the check may be a conditional expression releasing in one branch",
      code: stream({ afterCheckout: "        active ? undefined : client.release();\n" }),
      filename: "file.ts",
    },
    {
      name: "start() releases the client on its own normal path too (a one-shot stream): a cancel before the store changes nothing",
      code: stream({ afterCheckout: "        await client.query(\"SELECT 1\");\n        client.release();\n        client = null;\n" }),
      filename: "file.ts",
    },
    {
      name: "cancel() does not release the variable: the store is someone else's to release",
      code: stream({ cancelBody: "    client = null;\n" }),
      filename: "file.ts",
    },
    {
      name: "another function reads the variable too: the store is not start()'s and cancel()'s alone",
      code: stream({ extra: "export const current = () => client;\n" }).replace("  let client: any = null;\n", "").replace("import { Pool } from \"pg\";\n", "import { Pool } from \"pg\";\nlet client: any = null;\n"),
      filename: "file.ts",
    },
    {
      name: "not a ReadableStream's source: another class's start/cancel pair is not known to overlap",
      code: stream().replace("new ReadableStream({", "new Poller({").replace("import { Pool } from \"pg\";\n", "import { Pool } from \"pg\";\ndeclare class Poller {\n  constructor(source: object);\n}\n"),
      filename: "file.ts",
    },
  ],
  invalid: [
    ...parsers.map(({ parser, languageOptions }) => ({
      name: `JavaScript: start() never checks whether cancel() ran (${parser})`,
      code: JS_STREAM,
      languageOptions,
      errors: [cancelled(9, 24)],
    })),
    {
      name: "start() stores the checkout for cancel() and never checks whether cancel() already ran (saltycrane)",
      code: stream(),
      filename: "file.ts",
      errors: [cancelled(9, 24)],
    },
    {
      name: "a flag cancel() writes tested only in the catch does not close the race",
      code: stream({ afterCheckout: "        if (active) controller.enqueue(\"ready\");\n" }),
      filename: "file.ts",
      errors: [cancelled(9, 24)],
    },
    {
      name: "start written as an arrow-valued property, cancel releasing with optional chaining",
      code: stream({ start: "start: async (controller: ReadableStreamDefaultController) => {", cancelBody: "    client?.release();\n" }),
      filename: "file.ts",
      errors: [cancelled(9, 24)],
    },
    {
      name: "through a checkout helper of the file: the message names the call as written",
      code: stream().replace("await pool.connect();", "await getClient();").replace("const pool = new Pool();\n", "const pool = new Pool();\nconst getClient = () => pool.connect();\n"),
      filename: "file.ts",
      errors: [
        {
          messageId: "helperCancelledBeforeStored" as const,
          data: { checkout: "getClient()", holder: "client" },
          line: 10,
          column: 24,
          suggestions: [],
        },
      ],
    },
  ],
});
