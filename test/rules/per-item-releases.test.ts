// no-use-after-release: a release inside a callback that an iteration runs once per item releases one client as
// many times as there are items (node-pg-pool issue #50: `done()` in async.each's per-item callback). Its twins: the
// release after the iteration, a release only for the last item, an iteration over one literal item, a checkout
// made inside the per-item callback, and releasing each of many clients.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** node-pg-pool#50's shape: `body` is the per-item callback's body, `after` runs after async.each. */
const perItem = (body: string, after = "") => `var async = require("async");
var { Pool } = require("pg");
var pool = new Pool();
pool.connect(function (err, client, done) {
  if (err) return console.error(err);
  async.each([1, 2, 3], function (i, cb) {
    client.query("SELECT $1::int AS number", [i], function (err) {
      if (err) console.error(err);
${body}
    });
  }${after});
});`;

ruleTester.run("per-item releases (no-use-after-release)", rule, {
  valid: [
    {
      name: "done once, in async.each's final callback",
      code: perItem("      cb(err);", ", function () {\n    done();\n  }"),
    },
    {
      name: "released only for the last item",
      code: `const { Pool } = require("pg");
const pool = new Pool();
async function f(items) {
  const client = await pool.connect();
  items.forEach((item, index) => {
    client.query("SELECT $1", [item]);
    if (index === items.length - 1) client.release();
  });
}`,
    },
    {
      name: "an iteration over one literal item runs its callback once",
      code: `const { Pool } = require("pg");
const pool = new Pool();
async function f(item) {
  const client = await pool.connect();
  [item].forEach(() => client.release());
}`,
    },
    {
      name: "each item checks out and releases a client of its own",
      code: `const { Pool } = require("pg");
const pool = new Pool();
async function f(items) {
  await Promise.all(
    items.map(async (item) => {
      const client = await pool.connect();
      try {
        await client.query("SELECT $1", [item]);
      } finally {
        client.release();
      }
    }),
  );
}`,
    },
    {
      name: "releasing each of many clients",
      code: `const { Pool } = require("pg");
const pool = new Pool();
async function f() {
  const clients = [await pool.connect(), await pool.connect()];
  clients.forEach((c) => c.release());
}`,
    },
  ],
  invalid: [
    {
      name: "node-pg-pool#50: done() in the query callback of async.each's per-item callback",
      code: perItem("      done();"),
      errors: [
        {
          messageId: "releasedPerItem",
          data: { client: "done", iteration: "async.each", line: 6 },
          line: 9,
          column: 7,
        },
      ],
    },
    {
      name: "client.release() in a forEach callback over the rows",
      code: `const { Pool } = require("pg");
const pool = new Pool();
async function f(rows) {
  const client = await pool.connect();
  rows.forEach(async (row) => {
    await client.query("INSERT INTO t VALUES ($1)", [row.id]);
    client.release();
  });
}`,
      errors: [
        {
          messageId: "releasedPerItem",
          data: { client: "client", iteration: "rows.forEach", line: 5 },
          line: 7,
          column: 5,
        },
      ],
    },
  ],
});
