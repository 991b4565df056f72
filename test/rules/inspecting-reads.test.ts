// no-leaked-client: a checkout kept in a variable of the enclosing function is still that function's own when the
// other code that reads the variable only inspects it (a timer reading `client.connection…` or lodash's
// `_.get(client, …)`: tinypg's watch for a dead socket, whose query function released only on error before
// "Fix issue not releasing client."). Code that calls through the client or a look-alike `get` of the project's own
// may keep or release it, and the store stays a hand-over. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const RELEASED_ON_ERROR = `    try {
      const result = await client.query(sql);
      return result.rows;
    } catch (error) {
      client.release(error);
      throw error;
    }`;

const RELEASED_IN_FINALLY = `    try {
      const result = await client.query(sql);
      return result.rows;
    } finally {
      client.release();
    }`;

/** The checkout on line 8, in `run`; `watch` is what the timer does with the enclosing function's `client`. */
const perform = (watch: string, body: string, imports = 'import * as _ from "lodash";') => `${imports}
export function performDbCall(pool, sql) {
  let client;
  const timer = setInterval(() => {
    if (${watch}) clearInterval(timer);
  }, 500);
  const run = async () => {
    client = await pool.connect();
${body}
  };
  return run().finally(() => clearInterval(timer));
}`;

const LODASH_WATCH = '_.get(client, "connection.stream.destroyed", false)';
const PROPERTY_WATCH = "client && client.connection.stream.destroyed";

ruleTester.run("no-leaked-client: a variable other code only inspects", rule, {
  valid: [
    { name: "lodash's get in a timer; the query released in finally", code: perform(LODASH_WATCH, RELEASED_IN_FINALLY) },
    { name: "a property read in a timer; the query released in finally", code: perform(PROPERTY_WATCH, RELEASED_IN_FINALLY) },
    {
      name: "a `get` of the project's own may keep the client: the store hands it over",
      code: perform('get(client, "connection.stream.destroyed")', RELEASED_ON_ERROR, 'import { get } from "./util";'),
    },
    {
      name: "a timer that queries through the client shares it: the store hands it over",
      code: perform('client && client.query("SELECT 1")', RELEASED_ON_ERROR),
    },
  ],
  invalid: [
    {
      name: "tinypg before f8a7bb0: lodash's get in a timer, the success path returns without a release",
      code: perform(LODASH_WATCH, RELEASED_ON_ERROR),
      errors: [{ messageId: "earlyExit", line: 8, column: 20, suggestions: [] }],
    },
    {
      name: "a property read in a timer, the success path returns without a release",
      code: perform(PROPERTY_WATCH, RELEASED_ON_ERROR),
      errors: [{ messageId: "earlyExit", line: 8, column: 20, suggestions: [] }],
    },
  ],
});
