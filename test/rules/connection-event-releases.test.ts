// no-leaked-client: a release in a listener of the held client's own 'error' or 'end' event is no release on the
// ordinary paths (connection-event-releases.ts). pg emits those when the connection breaks or closes, never when a
// query fails; n8n-io/typeorm's obtainMasterConnection releases in `connection.on("error", onError)` and awaits
// queries before it hands the client over, so a rejected SET search_path kept it out. Each valid case sits next to
// the invalid twin it differs from: the queries inside a try that releases, a client kept in an outer variable (a
// LISTEN connection released when it breaks), a stream's events rather than the client's.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const PREAMBLE = `import { Pool } from "pg";
const pool = new Pool();
`;

/** obtainMasterConnection's shape: the release in a named 'error' listener, unregistered by the pool's 'release'. */
const obtainMaster = (queries: string) => `${PREAMBLE}export async function obtainMasterConnection(schema) {
  const connection = await pool.connect();
  const onError = (error) => {
    connection.release(error);
  };
  const onRelease = (error, client) => {
    if (client === connection) {
      connection.removeListener("error", onError);
      pool.removeListener("release", onRelease);
    }
  };
  connection.on("error", onError);
  pool.on("release", onRelease);
${queries}
  return [connection, () => connection.release()];
}`;

const LISTEN = `await listener.query("LISTEN jobs");`;

/** A LISTEN connection released when it breaks; `declaration` is where `listener` is declared and assigned. */
const listenUntilBroken = (outer: string, assign: string) => `${PREAMBLE}${outer}export async function listen() {
  ${assign} = await pool.connect();
  listener.on("error", (err) => {
    listener.release(err);
  });
  ${LISTEN}
}`;

/** A query stream whose 'end' releases; `errorEmitter` is what the 'error' listener is registered on. */
const streamed = (errorEmitter: string) => `${PREAMBLE}export function stream(text, QueryStream) {
  pool.connect((err, client, done) => {
    if (err) return;
    const rows = client.query(new QueryStream(text));
    ${errorEmitter}.on("error", done);
    rows.on("end", done);
  });
}`;

ruleTester.run("no-leaked-client: releases in the client's own 'error' or 'end' listener", rule, {
  valid: [
    {
      name: "the queries sit in a try whose catch releases before the hand-over",
      code: obtainMaster(`  try {
    await connection.query(\`SET search_path TO \${schema}, public\`);
  } catch (err) {
    connection.release(err);
    throw err;
  }`),
    },
    { name: "a LISTEN connection kept in an outer variable", code: listenUntilBroken("let listener;\n", "listener") },
    { name: "the stream's own 'error' releases as well as its 'end'", code: streamed("rows") },
  ],
  invalid: [
    {
      name: "obtainMasterConnection: the awaited query before the hand-over",
      code: obtainMaster(`  await connection.query(\`SET search_path TO \${schema}, public\`);`),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 16 }, line: 4, column: 28, suggestions: [] }],
    },
    {
      name: "a LISTEN connection held in a local of the function",
      code: listenUntilBroken("", "const listener"),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 26, suggestions: [] }],
    },
    {
      name: "the client's 'error', not the stream's, beside the stream's 'end'",
      code: streamed("client"),
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pool", emitter: "rows", event: "end", line: 8 },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
