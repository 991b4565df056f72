// A callback handed in as a parameter and called with the held client (`fn(client)`): whatever it does with the
// client is a query, so left un-awaited, the release after it gives the client back while that work still runs —
// whether the callback is async or starts callback-style queries, and whatever its type says (cszatma/ottr's
// getClient types it `(client) => void`; its callers pass both kinds). Each invalid case sits next to its valid twin;
// the three invalid cases were silent before a parameter's call counted as work.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** cszatma/ottr's getClient: the callback call (`call`) on line 7, inside a try whose finally releases. */
const helper = (call: string, param = "fn: (client: PoolClient) => void") => `import { Pool, PoolClient } from "pg";
const pool = new Pool();
export default async (${param}) => {
  let client;
  try {
    client = await pool.connect();
    ${call}
  } catch (e) {
    console.error(e.message);
  } finally {
    if (client) {
      client.release();
    }
  }
};`;

/** A withConnection helper returning the callback's result from the try (`statement` on line 6). */
const returning = (statement: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function withConnection(work) {
  const client = await pool.connect();
  try {
    ${statement}
  } finally {
    client.release();
  }
}`;

/** A callback-style helper handing the client and its done to the caller: nothing here releases after the call. */
const CALLBACK_STYLE = `const { Pool } = require("pg");
const pool = new Pool();
function getClient(callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    callback(null, client, done);
  });
}
module.exports = { getClient };`;

/** brianc/node-pg-pool issue 36: `done(client)` is the release (a truthy argument destroys the client), not work. */
const DONE_CLIENT = `const pg = require("pg");
const pool = new pg.Pool({ max: 2 });
pool.connect((err, client, done) => {
  if (err) {
    done(client);
    return console.log(err);
  }
  client.query("select pg_sleep(1)", [], (queryErr) => {
    done(client);
  });
});`;

ruleTester.run("no-unawaited-client-work: a callback parameter given the client", rule, {
  valid: [
    { name: "the callback awaited", code: helper("await fn(client);") },
    { name: "a logging parameter given the client", code: helper("log(client);", "log: (value: unknown) => void") },
    { name: "the callback given the query's rows, after an awaited query", code: helper('fn((await client.query("SELECT 1")).rows);') },
    { name: "the callback's result returned with await", code: returning("return await work(client);") },
    { name: "the client and its done handed to the caller's callback, no release here", code: CALLBACK_STYLE },
    { name: "the connect callback's done given the client (legacy: destroy it)", code: DONE_CLIENT },
  ],
  invalid: [
    {
      name: "the callback called without await before the finally's release",
      code: helper("fn(client);"),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "fn(…)", client: "client" },
          line: 7,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: helper("await fn(client);") }],
        },
      ],
    },
    {
      name: "a callback called with the client among other arguments",
      code: helper("fn(client, 1);", "fn: (client: PoolClient, id: number) => void"),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "fn(…)", client: "client" },
          line: 7,
          column: 5,
          suggestions: [
            { messageId: "addAwait", output: helper("await fn(client, 1);", "fn: (client: PoolClient, id: number) => void") },
          ],
        },
      ],
    },
    {
      name: "the callback's promise returned from the try without await",
      code: returning("return work(client);"),
      errors: [
        {
          messageId: "returnWithoutAwait",
          data: { work: "work(…)", client: "client" },
          line: 6,
          column: 12,
          suggestions: [{ messageId: "addReturnAwait", output: returning("return await work(client);") }],
        },
      ],
    },
  ],
});
