// no-leaked-client: `const client = pool.connect()` with no `await`, the promise then used as the client
// (`client.query(…)`, `client.release()`). Seen in daxherrera/callscreenerbot. A promise that is awaited later, chained,
// returned or passed on is someone's hand-over, and stays silent. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A start-up block: `const client = <init>;` on line 4, then `uses` (line 5 onwards, indented 2) inside try/catch. */
const startUp = (init: string, uses: string) => `const { Pool } = require("pg");
const pool = new Pool();
try {
  const client = ${init};
${uses.split("\n").map((line) => `  ${line}`).join("\n")}
} catch (err) {
  console.error(err);
}`;

const QUERY_THEN_RELEASE = 'const result = client.query("SELECT 1");\nconsole.log(result);\nclient.release();';

ruleTester.run("no-leaked-client: connect() not awaited", rule, {
  valid: [
    { name: "awaited at the checkout", code: `(async () => {\n${startUp("await pool.connect()", QUERY_THEN_RELEASE)}\n})();` },
    {
      name: "the promise awaited later, the client released in a finally",
      code: `(async () => {\n${startUp("pool.connect()", "const held = await client;\ntry {\n  await held.query(\"SELECT 1\");\n} finally {\n  held.release();\n}")}\n})();`,
    },
    { name: "the promise chained with then", code: startUp("pool.connect()", 'client.then((c) => c.query("SELECT 1").finally(() => c.release()));') },
    { name: "the promise passed on", code: startUp("pool.connect()", "useClientLater(client);") },
    { name: "a method call that is not a client's", code: startUp("pool.connect()", "client.toString();") },
  ],
  invalid: [
    {
      // Not connectNotAwaited (the promise is awaited), but the client it gives is released after a query that may
      // throw, inside a try whose catch only logs: followed from its await on (awaited-promise-checkout.ts).
      name: "the promise awaited later, released after a query that may throw",
      code: `(async () => {\n${startUp("pool.connect()", "const held = await client;\nawait held.query(\"SELECT 1\");\nheld.release();")}\n})();`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 5, column: 18, suggestions: [] }],
    },
    {
      name: "query and release called on the promise",
      code: startUp("pool.connect()", QUERY_THEN_RELEASE),
      errors: [{ messageId: "connectNotAwaited", data: { pool: "pool", line: 5 }, line: 4, column: 18, suggestions: [] }],
    },
    {
      name: "only release called on the promise, inside an async function",
      code: `async function check() {\n${startUp("pool.connect()", "client.release();")}\n}`,
      errors: [{ messageId: "connectNotAwaited", data: { pool: "pool", line: 6 }, line: 5, column: 18, suggestions: [] }],
    },
  ],
});
