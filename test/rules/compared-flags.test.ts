// no-use-after-release: a boolean flag the code keeps about its own transaction can be tested by comparing it with a
// boolean literal (`if (true === begun)`, `begun !== false`), and that test is the flag's own (corpus, at large round
// fourteen: iconsjo1/mindrest-auto's prescription handler, whose COMMIT's `.then` sets `begun` back to false before the
// release, so the catch's ROLLBACK under `if (true === begun)` never follows it). Each invalid case sits next to its
// valid twin.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** The handler's shape: the success path commits and releases, then a call that can throw reaches the catch. */
const handler = (test: string, catchRelease = "if (!released) client.release();") =>
  `import { Pool } from "pg";
const pool = new Pool();
export async function save(rows, notify) {
  let client = null;
  let begun = false;
  let released = false;
  try {
    client = await pool.connect();
    await client.query("BEGIN").then(() => (begun = true));
    await client.query("INSERT INTO items SELECT unnest($1::int[])", [rows]);
    await client.query("COMMIT").then(() => (begun = false));
    released = true;
    client.release();
    notify(rows);
  } catch (error) {
    if (client !== null) {
      if (${test}) {
        await client.query("ROLLBACK");
      }
      ${catchRelease}
    }
    throw error;
  }
}`;

ruleTester.run("no-use-after-release: a flag compared with a boolean literal", rule, {
  valid: [
    { name: "`true === begun` tests the flag", code: handler("true === begun") },
    { name: "`begun === true` tests the flag", code: handler("begun === true") },
    { name: "`begun !== false` tests the flag", code: handler("begun !== false") },
    { name: "the plain flag test, as before", code: handler("begun") },
  ],
  invalid: [
    {
      name: "a comparison with anything but a boolean literal says nothing of the flag: the ROLLBACK follows the release",
      code: handler('begun === "yes"'),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 13 }, line: 18, column: 15 }],
    },
    {
      name: "the catch's unguarded release is still a second release (mindrest's own shape), the ROLLBACK no use after it",
      code: handler("true === begun", "client.release();"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 13 }, line: 20, column: 7 }],
    },
  ],
});
