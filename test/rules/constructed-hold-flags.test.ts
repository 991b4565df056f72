// A variable set by a throw-free `new` in the statement right after the checkout is set exactly when the client is
// held (constructed-hold-flags.ts): supabase/storage's PgPoolExecutor.query releases in its finally under `if (client
// && clientErrorTracker)`, the tracker built on the line after `client = await this.pool.connect()` by a class whose
// constructor only attaches a listener. Each valid case has an invalid twin where the tracker may be unset while the
// client is held: its construction can throw, something runs between, or something else writes it.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const TRACKER = (constructor = `    client.on("error", this.onError);\n`) =>
  `class Tracker {\n  onError = () => {};\n  constructor(client) {\n${constructor}  }\n}\n`;
const RUN = (between = "", after = "", built = "new Tracker(client)") =>
  `async function run(pool) {\n  let client;\n  let tracker;\n  try {\n    client = await pool.connect();\n${between}    tracker = ${built};\n${after}    return await client.query("SELECT 1");\n  } finally {\n    if (client && tracker) {\n      client.release();\n    }\n  }\n}\n`;

/** The checkout (line 11) is not released if the call on line `call` throws: the tracker may be unset then. */
const skipped = (call: number) => [{ messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: call }, line: 11, column: 20 }];

ruleTester.run("no-leaked-client: a variable built right after the checkout, tested beside the client", rule, {
  valid: [
    { name: "the tracker's constructor only attaches a listener", code: TRACKER() + RUN() },
  ],
  invalid: [
    { name: "the constructor can throw", code: TRACKER(`    if (!client) throw new Error("client");\n`) + RUN(), errors: skipped(12) },
    { name: "an await runs between the checkout and the tracker", code: TRACKER() + RUN(`    await client.query("SET x = 1");\n`), errors: skipped(12) },
    { name: "the tracker is assigned again later", code: TRACKER() + RUN("", `    tracker = undefined;\n`), errors: skipped(14) },
    { name: "an argument of the construction is a call", code: TRACKER() + RUN("", "", "new Tracker(client, pool.options())"), errors: skipped(12) },
  ],
});
