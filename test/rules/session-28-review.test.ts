// review-i's adversarial review of session 28's new no-leaked-client readings: correct code a reading reported, now
// kept (valid, each failing before its guard), beside the twin the reading must still report (invalid).
// - rejection-handler-throws.ts: `if (released) throw error;` before the catch's release is a flag the code keeps about
//   its own client (release-flags.ts), trusted as elsewhere.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A `.then` checkout whose fulfilled handler releases and sets `released`; `test` guards the catch's throw. */
const flagged = (test: string) => `import pg from "pg";
const pool = new pg.Pool();
export function load(res) {
  pool.connect().then((client) => {
    let released = false;
    return client
      .query("select 1")
      .then((result) => {
        client.release();
        released = true;
        res.send(result.rows);
      })
      .catch((error) => {
        if (${test}) throw error;
        client.release();
        res.status(500).send(error.message);
      });
  });
}`;

ruleTester.run("no-leaked-client: session 28's readings under review", rule, {
  valid: [{ name: "rejection handler: the throw runs only when the flag says the client went back", code: flagged("released") }],
  invalid: [
    {
      name: "rejection handler: a test that is no flag still throws before the release",
      code: flagged("error.code === '57014'"),
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "throw", line: 14, scope: "the function" }, line: 4, column: 3, suggestions: [] }],
    },
  ],
});
