// no-unawaited-client-work, kind "releasedWhileRunning": a callback-style query or a submittable sent on the held
// client and released in the same synchronous run, before pg can call back (corpus: Rahul-Chandera/AWS-PostgreSQL's
// Lambda handler, radzish/test's `new pg.Query` with row listeners). Each invalid case sits next to its valid twin.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

const thenStyle = (body: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
pool.connect().then((client) => {
${body}
});`;

const callbackStyle = (body: string) =>
  `import { Pool, Query } from "pg";
import Cursor from "pg-cursor";
const pool = new Pool();
pool.connect((err, client, done) => {
  if (err) return;
${body}
});`;

ruleTester.run("no-unawaited-client-work (released while running)", rule, {
  valid: [
    {
      name: "a try block's callback-style query whose callback releases; the finally only logs",
      code: callbackStyle('  try {\n    client.query("INSERT INTO t VALUES (1)", (e) => {\n      done();\n    });\n  } finally {\n    console.log("sent");\n  }'),
    },
    {
      name: "released in the catch only: the try block's normal end skips it",
      code: callbackStyle('  try {\n    client.query("INSERT INTO t VALUES (1)", (e) => {\n      if (e) console.log(e.stack);\n    });\n  } catch (e) {\n    done(e);\n  }'),
    },
    {
      name: "the release inside the query's callback runs after the query",
      code: thenStyle('  client.query("SELECT 1", (err, res) => {\n    client.release();\n    console.log(err, res);\n  });'),
    },
    {
      name: "a submittable released by its end listener",
      code: callbackStyle('  const query = client.query(new Query("SELECT 1"));\n  query.on("row", (row) => console.log(row));\n  query.on("end", done);'),
    },
    {
      name: "an awaited read between the cursor and the release ends the run",
      code: `import { Pool } from "pg";
import Cursor from "pg-cursor";
const pool = new Pool();
async function run() {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM items"));
  const rows = await cursor.read(100);
  console.log(rows);
  client.release();
}`,
    },
    {
      name: "a return between the query and the release: the release does not follow it",
      code: thenStyle('  if (!client) return;\n  client.query("SELECT 1", (err) => console.log(err));\n  return;\n  client.release();'),
    },
    {
      name: "two queries sent at once, only the last one's callback releases",
      code: callbackStyle(
        '  client.query("SELECT 1", (err) => {\n    console.log(err);\n  });\n  client.query("SELECT 2", (err) => {\n    done();\n    console.log(err);\n  });',
      ),
    },
    {
      name: "the second query sent from the first one's callback, after its release on the error path",
      code: callbackStyle(
        '  client.query("SELECT 1", (err) => {\n    if (err) {\n      done();\n      return;\n    }\n    client.query("SELECT 2", () => done());\n  });',
      ),
    },
    {
      name: "the release in a timer runs later, not in this run",
      code: callbackStyle('  client.query("SELECT 1", (error) => console.log(error));\n  setTimeout(() => done(), 1000);'),
    },
  ],
  invalid: [
    {
      name: "a callback-style query in a try block whose finally releases (jcbain/tweet-collection's cron job)",
      code: callbackStyle('  try {\n    client.query("INSERT INTO t VALUES (1)", (e) => {\n      if (e) console.log(e.stack);\n    });\n  } finally {\n    done();\n  }'),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "11" },
          line: 7,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      name: "a callback-style query, then the release on the next line (the Lambda handler)",
      code: thenStyle('  client.query("SELECT 1", (err, res) => {\n    console.log(err, res);\n  });\n  client.release();'),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "7" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "a pg.Query with row listeners, then done() at once",
      code: callbackStyle('  const query = client.query(new Query("SELECT 1"));\n  query.on("row", (row) => console.log(row));\n  done();'),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "8" },
          line: 6,
          column: 17,
          suggestions: [],
        },
      ],
    },
    {
      name: "a cursor released before anything reads it",
      code: `import { Pool } from "pg";
import Cursor from "pg-cursor";
const pool = new Pool();
async function run() {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM items"));
  client.release();
  return cursor;
}`,
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "7" },
          line: 6,
          column: 18,
          suggestions: [],
        },
      ],
    },
    {
      // tofishes/umitime's pg-test.js: pg runs the client's queries in order, so the first callback's done() gives the
      // client back while the second query still waits its turn.
      name: "two queries sent at once, each callback releasing first",
      code: callbackStyle(
        '  client.query("SELECT 1", (err) => {\n    done();\n    console.log(err);\n  });\n  client.query("SELECT 2", (err) => {\n    done();\n    console.log(err);\n  });',
      ),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "7" },
          line: 10,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "a named callback (`client.query(sql, log)`) overtaken by done() in a later if",
      code: callbackStyle('  const log = (e: unknown) => console.log(e);\n  client.query("SELECT 1", log);\n  if (client) {\n    done();\n  }'),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "9" },
          line: 7,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
