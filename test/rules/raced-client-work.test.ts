// Work on a held client raced against a timer: `await Promise.race([work, timeout])` (or `Promise.any`) waits for the
// winner only, so when the timer wins the release that follows gives the client back while the work still runs on it
// (gnschenker/es-dcb-library's ProjectionManager.initialize races each projection's setup(client) against a
// timeout). `Promise.all`/`allSettled` wait for every member. Each invalid case sits next to its valid twin; both
// invalid cases were silent before a race stopped counting as awaiting its members.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** A checkout whose `try` awaits `combined`, released in the `finally`; `combined` sits on line 8. */
const racing = (combined: string) => `import { Pool } from "pg";
const pool = new Pool();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const timeout = (ms) => sleep(ms).then(() => { throw new Error("timed out"); });
export async function setUp(def) {
  const client = await pool.connect();
  try {
    ${combined}
  } finally {
    client.release();
  }
}`;

const racedError = (work: string, combinator: string, column: number) => ({
  messageId: "raced" as const,
  data: { work, combinator, client: "client" },
  line: 8,
  column,
  suggestions: [],
});

ruleTester.run("no-unawaited-client-work: work raced against a timer", rule, {
  valid: [
    { name: "a query in Promise.all: awaited with the rest", code: racing('await Promise.all([client.query("SELECT 1"), sleep(10)]);') },
    { name: "a helper given the client in Promise.allSettled", code: racing("await Promise.allSettled([def.setup(client), sleep(10)]);") },
    { name: "the timer raced against nothing that uses the client", code: racing("await Promise.race([sleep(10), timeout(1000)]);") },
  ],
  invalid: [
    {
      name: "a query raced against a timeout",
      code: racing('await Promise.race([client.query("SELECT pg_sleep(5)"), timeout(1000)]);'),
      errors: [racedError("client.query(…)", "race", 25)],
    },
    {
      name: "a helper given the client, raced with Promise.any",
      code: racing("await Promise.any([def.setup(client), timeout(1000)]);"),
      errors: [racedError("def.setup(…)", "any", 24)],
    },
  ],
});
