// `const permanentClient = pool.connect();` kept in a variable nothing reads is dropped like `pool.connect();`: the
// client it resolves to is never released (jjnaga/thebusapp2 checks one out when its db module loads). A variable
// that is awaited, chained, passed on, returned or exported later is a hand-over and stays silent. Each invalid case
// sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A module making a pool (lines 1-2), checking out into `permanentClient` (line 3), then `after` (line 4 onwards). */
const moduleBody = (keyword: string, after: string) => `import pg from "pg";
const pool = new pg.Pool();
${keyword} permanentClient = pool.connect();
${after}`;

/** The same checkout inside a start-up function (line 4), then `after` inside it. */
const inFunction = (after: string) => `import pg from "pg";
const pool = new pg.Pool();
async function start() {
  const permanentClient = pool.connect();
  ${after}
}`;

const QUERY = 'export const query = (text) => pool.query(text);';
const neverReleased = (line: number, column: number) => [
  { messageId: "neverReleased" as const, data: { pool: "pool" }, line, column, suggestions: [] },
];

ruleTester.run("no-leaked-client: a checkout promise nothing reads", rule, {
  valid: [
    { name: "the promise exported with the declaration", code: moduleBody("export const", QUERY) },
    { name: "the promise exported by name", code: moduleBody("const", `${QUERY}\nexport { permanentClient };`) },
    {
      name: "the promise read by a function that awaits and releases it",
      code: moduleBody("const", 'export async function ping() {\n  const client = await permanentClient;\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n}'),
    },
    { name: "the promise returned from the function", code: inFunction("return permanentClient;") },
    { name: "the promise passed on", code: inFunction("keep(permanentClient);") },
  ],
  invalid: [
    { name: "a module-level promise nothing reads", code: moduleBody("const", QUERY), errors: neverReleased(3, 25) },
    { name: "a let nothing reads", code: moduleBody("let", QUERY), errors: neverReleased(3, 23) },
    { name: "a promise in a function nothing reads", code: inFunction('console.log("started");'), errors: neverReleased(4, 27) },
  ],
});
