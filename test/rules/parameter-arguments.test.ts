// no-unawaited-client-work when the query's arguments or the helper are parameters of the enclosing function.
// A parameter's scope definition points at the function it belongs to, not at a function it names: `values` in
// `async function execute(text, values)` is no callback declared by name. (Seen in giteshchaudhari/auth,
// src/database/database.ts.) A parameter called with the client, `handler(client)`, is no async helper declared in the
// file, but a callback handed in to work with the client, whose work nothing awaits when the call is dropped
// (callback-parameter-work.test.ts; this file's valid case said otherwise until then).
// Each invalid case sits next to the valid twin that differs by the one thing the rule looks at.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** A query helper declared as a function: `(params)` become its parameters, `body` sits in try/finally release. */
const helper = (params: string, body: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
export async function execute(${params}) {
  const client = await pool.connect();
  try {
    ${body}
  } finally {
    client.release();
  }
}`;

ruleTester.run("no-unawaited-client-work (parameters as arguments)", rule, {
  valid: [
    {
      name: "the values parameter, awaited before the finally",
      code: helper("text: string, values?: unknown[]", "return await client.query(text, values);"),
    },
    {
      name: "a parameter called with the client, awaited",
      code: helper("handler: (c: unknown) => unknown", "await handler(client);"),
    },
  ],
  invalid: [
    {
      // Not un-awaited (it returns no promise), but the try block's end runs the finally's release at once.
      name: "a parameter named as a callback stays a callback-style query, released by the finally while it runs",
      code: helper("text: string, callback: (err: Error | null) => void", "client.query(text, callback);"),
      errors: [{ messageId: "releasedWhileRunning", data: { work: "client.query(…)", client: "client", releaseLine: "8" }, line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "a parameter called with the client, the call dropped before the finally's release",
      code: helper("handler: (c: unknown) => unknown", "handler(client);"),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "handler(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: helper("handler: (c: unknown) => unknown", "await handler(client);") }],
        },
      ],
    },
    {
      name: "the values parameter: `return client.query(text, values)` before the finally's release",
      code: helper("text: string, values?: unknown[]", "return client.query(text, values);"),
      errors: [
        {
          messageId: "returnWithoutAwait",
          data: { work: "client.query(…)", client: "client" },
          line: 6,
          column: 12,
          suggestions: [
            { messageId: "addReturnAwait", output: helper("text: string, values?: unknown[]", "return await client.query(text, values);") },
          ],
        },
      ],
    },
    {
      name: "the values parameter of a plain function declaration, the query dropped",
      code: helper("text, params", "client.query(text, params);"),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "client.query(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: helper("text, params", "await client.query(text, params);") }],
        },
      ],
    },
    {
      name: "an async helper of the file called with the client, beside the parameter twin",
      code: `${helper("text: string", "save(client, text);")}
async function save(c: { query(t: string): Promise<unknown> }, text: string) {
  await c.query(text);
}`,
      errors: [
        {
          messageId: "unawaited",
          data: { work: "save(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: "addAwait",
              output: `${helper("text: string", "await save(client, text);")}
async function save(c: { query(t: string): Promise<unknown> }, text: string) {
  await c.query(text);
}`,
            },
          ],
        },
      ],
    },
  ],
});
