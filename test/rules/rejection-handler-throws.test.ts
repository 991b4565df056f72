// A rejection handler that throws before its release (rejection-handler-throws.ts): the release in `.catch(fn)` is
// meant for the failed query, but a `throw` ahead of it leaves the handler first and the client stays checked out
// (evo0705/JetSpreeNodeJS's GET /post at c46cff2, `if (error) throw errro;`). Each invalid case sits next to its
// valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A `.then` checkout running one query whose fulfilled handler releases last; `onRejected` is the catch's body. */
const route = (onRejected: string) => `const { Pool } = require("pg");
const pool = new Pool();
function items(req, res) {
  pool.connect().then((client) => {
    client
      .query("SELECT * FROM items")
      .then((result) => {
        res.send(result.rows);
        client.release();
      })
      .catch((error) => {
${onRejected}
      });
  });
}`;

/** The same chain on a client taken with `await` (its statement not awaited), or by a callback checkout. */
const awaited = (onRejected: string) => `const { Pool } = require("pg");
const pool = new Pool();
async function items(res) {
  const client = await pool.connect();
  client
    .query("SELECT * FROM items")
    .then((result) => {
      res.send(result.rows);
      client.release();
    })
    .catch((error) => {
${onRejected}
    });
}`;

const callback = (onRejected: string) => `const { Pool } = require("pg");
const pool = new Pool();
function items(res) {
  pool.connect((err, client, done) => {
    if (err) return res.status(500).end();
    client
      .query("SELECT * FROM items")
      .then((result) => {
        res.send(result.rows);
        done();
      })
      .catch((error) => {
${onRejected}
      });
  });
}`;

const THROW_FIRST = "        if (error) throw error;\n        res.send(error);\n        client.release();";
const earlyExit = (line: number) => ({ messageId: "earlyExit" as const, data: { pool: "pool", exit: "throw", line, scope: "the function" } });

ruleTester.run("no-leaked-client: a rejection handler that throws before its release", rule, {
  valid: [
    {
      name: "the catch releases before it rethrows",
      code: route("        client.release();\n        if (error) throw error;"),
    },
    {
      name: "the throw is inside a try whose catch goes on to the release",
      code: route("        try {\n          if (error.fatal) throw error;\n        } catch (inner) {\n          console.error(inner);\n        }\n        client.release();"),
    },
    {
      name: "the throw is in a function the handler only makes",
      code: route("        const fail = () => {\n          throw error;\n        };\n        client.release();\n        setTimeout(fail);"),
    },
    {
      name: "a catch further down the chain releases on every path",
      code: route(THROW_FIRST).replace("      });\n  });", "      })\n      .catch(() => client.release());\n  });"),
    },
    {
      name: "the client is also handed over: what the holder does with it is the path analysis's",
      code: route(THROW_FIRST).replace("  pool.connect().then((client) => {", "  pool.connect().then((client) => {\n    req.db = client;"),
    },
    {
      name: "an expression-bodied catch has no statement before its release",
      code: route("").replace(".catch((error) => {\n\n      });", ".catch(() => client.release());"),
    },
  ],
  invalid: [
    {
      name: "the catch throws before its release (a `.then` checkout)",
      code: route(THROW_FIRST),
      errors: [{ ...earlyExit(12), line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "the catch throws before its release (an awaited checkout whose chain is not awaited)",
      code: awaited(THROW_FIRST.replace(/^ {2}/gm, "")),
      errors: [{ ...earlyExit(12), line: 4, column: 24, suggestions: [] }],
    },
    {
      name: "a callback checkout's catch throws before `done()`",
      code: callback("        if (error.code !== \"57014\") throw error;\n        done();"),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pool", where: "the `throw` on line 13", done: "done" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
