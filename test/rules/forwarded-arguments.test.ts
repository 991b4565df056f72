// A helper that forwards its caller's arguments to connect() (`async _checkoutClient(...args) { return
// this._pool.connect(...args); }`, postgres-entities/postgres-entities) is a checkout where it is awaited with no
// argument, and a wrapper made around a same-class method's checkout (`new Tx(await this._checkoutClient())`) holds
// the client (forwarded-arguments.ts, class-checkouts.ts). Each invalid case has its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const CLASSES = `const { Pool } = require("pg");
class Tx {
  constructor(client) {
    this._client = client;
  }
  async open() {
    await this._client.query("BEGIN");
  }
}
class PG {
  constructor(config) {
    this._pool = new Pool(config);
  }
  async _checkoutClient(...args) {
    return this._pool.connect(...args);
  }
`;
const TX_OPENED_FIRST = `${CLASSES}  async tx() {
    const tx = new Tx(await this._checkoutClient());
    await tx.open();
    return tx;
  }
}
`;
const TX_HANDED_OVER = `${CLASSES}  async tx() {
    const tx = new Tx(await this._checkoutClient());
    return tx;
  }
}
`;
const HELPER = `const { Pool } = require("pg");
const pool = new Pool();
async function getClient(...args) {
  return pool.connect(...args);
}
`;
const ON_THROW = `${HELPER}async function count() {
  const client = await getClient();
  const { rows } = await client.query("SELECT count(*) FROM t");
  client.release();
  return rows[0];
}
`;
const IN_FINALLY = `${HELPER}async function count() {
  const client = await getClient();
  try {
    const { rows } = await client.query("SELECT count(*) FROM t");
    return rows[0];
  } finally {
    client.release();
  }
}
`;

ruleTester.run("no-leaked-client: a helper forwarding its arguments to connect()", rule, {
  valid: [
    { name: "the wrapper handed over at once", code: TX_HANDED_OVER },
    { name: "the forwarding helper's client released in a finally", code: IN_FINALLY },
    {
      name: "called with a callback, the forwarding helper checks nothing out for its caller to await",
      code: `${HELPER}async function count(done) {\n  const client = await getClient(done);\n  const { rows } = await client.query("SELECT 1");\n  client.release();\n  return rows;\n}\n`,
    },
  ],
  invalid: [
    {
      name: "BEGIN through the wrapper before the hand-over (postgres-entities' tx())",
      code: TX_OPENED_FIRST,
      errors: [
        { messageId: "helperNotHandedOverOnThrow", data: { checkout: "this._checkoutClient()", line: 19 }, line: 18, column: 29, suggestions: [] },
      ],
    },
    {
      name: "the forwarding helper's client released after work that may throw",
      code: ON_THROW,
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "getClient()", line: 8 }, line: 7, column: 24, suggestions: [] }],
    },
  ],
});
