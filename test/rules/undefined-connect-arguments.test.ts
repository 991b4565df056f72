// `pool.connect(console.log("Connected to the db"))` (jcbain/tweet-collection's route helpers): the only argument is
// `undefined`, so pg-pool takes no callback and returns its promise, a checkout like `pool.connect()`
// (undefined-arguments.ts). `undefined`, `void …` and a `console` method's result count; a logger's method, which may
// return the logger, does not. Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** jcbain's getAllJobs with `argument` given to connect: the rows are returned, the client never released. */
const never = (argument: string) => `async function getAllJobs(pool) {
  const client = await pool.connect(${argument});
  return await client.query("SELECT * FROM main_jobs").then((resp) => resp.rows);
}`;

/** The same, released in a finally. */
const released = (argument: string) => `async function getAllJobs(pool) {
  const client = await pool.connect(${argument});
  try {
    return await client.query("SELECT * FROM main_jobs").then((resp) => resp.rows);
  } finally {
    client.release();
  }
}`;

const neverReleased = [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line: 2, column: 24, suggestions: [] }];

ruleTester.run("no-leaked-client: connect() given only undefined", rule, {
  valid: [
    { name: "a console line's result, released in a finally", code: released('console.log("Connected to the db")') },
    { name: "undefined, released in a finally", code: released("undefined") },
    { name: "a logger's method may return the logger, which pg-pool would call back", code: never('logger.info("connected")') },
  ],
  invalid: [
    { name: "a console line's result (jcbain's getAllJobs)", code: never('console.log("Connected to the db")'), errors: neverReleased },
    { name: "undefined", code: never("undefined"), errors: neverReleased },
    { name: "void 0", code: never("void 0"), errors: neverReleased },
  ],
});
