// Callbacks of a submittable the client runs (`cursor.read(n, cb)`, `cursor.close(cb)`) carry the client's work on,
// also inside a promise executor, which runs at once (met in pg-cursor's own tests, see test/realworld/). Each leak
// sits beside the safe twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client on submittable callbacks", rule, {
  valid: [
    {
      name: "inside a promise executor, the cursor's callbacks release before they assert",
      code: `async function run(pool) {
  const cursor = new Cursor("SELECT 1");
  const client = await pool.connect();
  client.query(cursor);
  await new Promise((resolve, reject) => {
    cursor.read(25, function (readErr) {
      if (readErr) {
        client.release();
        return reject(readErr);
      }
      cursor.close(function (closeErr) {
        client.release();
        assert.ifError(closeErr);
        resolve();
      });
    });
  });
}`,
    },
    {
      name: "a cursor returned by client.query whose read callback releases on both outcomes",
      code: `async function firstRows(pool, cb) {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM items"));
  cursor.read(100, (err, rows) => {
    cursor.close(() => {
      client.release();
      cb(err, rows);
    });
  });
}`,
    },
    {
      name: "callbacks of a cursor never handed to the client are not its continuations",
      code: `async function run(pool, other) {
  const client = await pool.connect();
  const cursor = other.query(new Cursor("SELECT 1"));
  await new Promise((resolve) => {
    cursor.read(25, function (readErr) {
      assert.ifError(readErr);
      client.release();
      resolve();
    });
  });
}`,
    },
  ],
  invalid: [
    {
      name: "inside a promise executor, an assertion in the cursor's read callback comes before the release",
      code: `async function run(pool) {
  const cursor = new Cursor("SELECT 1");
  const client = await pool.connect();
  client.query(cursor);
  await new Promise((resolve) => {
    cursor.read(25, function (readErr) {
      assert.ifError(readErr);
      cursor.close(function (closeErr) {
        assert.ifError(closeErr);
        client.release();
        resolve();
      });
    });
  });
}`,
      errors: [
        { messageId: "assertionSkipsRelease", data: { pool: "pool", line: 7, done: "client.release" }, line: 3, column: 24, suggestions: [] },
      ],
    },
    {
      name: "a cursor returned by client.query whose read callback reads the rows before its error",
      code: `async function firstRows(pool, cb) {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM items"));
  cursor.read(100, (err, rows) => {
    cb(null, rows.length);
    cursor.close(() => client.release());
  });
}`,
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pool", result: "rows", read: "rows.length", line: 5, done: "client.release", error: "err" },
          line: 2,
          column: 24,
          suggestions: [],
        },
      ],
    },
  ],
});
