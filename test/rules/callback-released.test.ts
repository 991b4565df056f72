// A callback checkout released first thing in its query's callback is answered from its shape, without following
// its paths (src/analysis/lifetime/callback-released.ts). These cases sit just outside that shape: each must still be
// followed, and reported as before.
import noLeakedClient from "../../rules/no-leaked-client.js";
import noUseAfterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

// node-postgres's README: leave on the connect error, release first thing in the query's callback.
const documented = `function f(pool) {
  pool.connect((err, client, release) => {
    if (err) return console.error("Error acquiring client", err.stack);
    client.query("SELECT NOW()", (err, result) => {
      release();
      if (err) return console.error("Error executing query", err.stack);
      console.log(result.rows);
    });
  });
}`;

const guardedOnBoth = `function load(pool, id, cb) {
  pool.connect(function (err, client, done) {
    if (err || !client) {
      return cb(err);
    }
    client.query("SELECT name FROM users WHERE id = $1", [id], function (queryErr, result) {
      done();
      cb(queryErr, result && result.rows[0]);
    });
  });
}`;

ruleTester.run("no-leaked-client (a callback checkout released first in its query's callback)", noLeakedClient, {
  valid: [
    { name: "the shape itself, as pg's README writes it", code: documented },
    { name: "the shape with `err || !client` and function expressions", code: guardedOnBoth },
  ],
  invalid: [
    {
      name: "an early return in the query's callback before the release",
      code: `function f(pool, id, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    client.query("SELECT name FROM users WHERE id = $1", [id], (queryErr, result) => {
      if (queryErr) return cb(queryErr);
      done();
      cb(null, result.rows[0]);
    });
  });
}`,
      errors: [{ messageId: "callbackPathWithoutDone", line: 2, column: 3 }],
    },
    {
      name: "an assertion among the query's arguments, which throws before the callback runs",
      code: `function f(pool, id, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    client.query("SELECT name FROM users WHERE id = $1", [assert.ok(id)], (queryErr, result) => {
      done();
      cb(queryErr, result);
    });
  });
}`,
      errors: [{ messageId: "assertionSkipsRelease", line: 2, column: 3 }],
    },
    {
      // eslint-plugin-pg's "Callback Pattern" (eslint.interlace.tools, no-missing-client-release): the first call
      // of the query's callback is the caller's callback, and `done` is never referenced at all.
      name: "the query's callback starting with another function's call while `done` is never called",
      code: `function runQuery(pool, callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    client.query("SELECT 1", (err, res) => {
      callback(err, res);
    });
  });
}`,
      errors: [{ messageId: "neverReleased", line: 2, column: 3 }],
    },
  ],
});

ruleTester.run("no-use-after-release (a callback checkout released first in its query's callback)", noUseAfterRelease, {
  valid: [
    { name: "the shape itself", code: documented },
    { name: "the shape with `err || !client`", code: guardedOnBoth },
  ],
  invalid: [
    {
      name: "the client used after the release",
      code: `function f(pool, id, cb) {
  pool.connect((err, client, done) => {
    if (err || !client) return cb(err);
    client.query("SELECT name FROM users WHERE id = $1", [id], (queryErr, result) => {
      done();
      if (queryErr) return cb(queryErr);
      client.query("UPDATE users SET seen = now() WHERE id = $1", [id]);
      cb(null, result.rows[0]);
    });
  });
}`,
      errors: [{ messageId: "useAfterRelease", line: 7, column: 7 }],
    },
    {
      name: "the release called twice",
      code: `function f(pool, id, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    client.query("SELECT name FROM users WHERE id = $1", [id], (queryErr, result) => {
      done();
      cb(queryErr, result);
      done();
    });
  });
}`,
      errors: [{ messageId: "doubleRelease", line: 7, column: 7 }],
    },
  ],
});

// Two variants of the shape are answered from it as well (the work in the guard's `else`; `done` called in the
// guard's branch too). Next to them, the cases that only look like them, followed and reported as before.
const workInElse = `function f(pool, sql, cb) {
  pool.connect((err, client, done) => {
    if (err) {
      cb(err);
    } else {
      client.query(sql, (queryErr, result) => {
        done();
        cb(queryErr, result);
      });
    }
  });
}`;

const doneInGuard = `function f(pool, cb) {
  pool.connect((err, client, done) => {
    if (err) return done(err);
    client.query("SELECT 1", (queryErr, result) => {
      done();
      cb(queryErr, result);
    });
  });
}`;

ruleTester.run("no-leaked-client (the callback shape's variants)", noLeakedClient, {
  valid: [
    { name: "the work in the guard's else", code: workInElse },
    { name: "done also called in the guard's branch, which leaves", code: doneInGuard },
  ],
  invalid: [
    {
      name: "the else's query callback returning before the release",
      code: `function f(pool, sql, cb) {
  pool.connect((err, client, done) => {
    if (err) {
      cb(err);
    } else {
      client.query(sql, (queryErr, result) => {
        if (queryErr) return cb(queryErr);
        done();
        cb(null, result);
      });
    }
  });
}`,
      errors: [{ messageId: "callbackPathWithoutDone", line: 2, column: 3 }],
    },
  ],
});

ruleTester.run("no-use-after-release (the callback shape's variants)", noUseAfterRelease, {
  valid: [
    { name: "the work in the guard's else", code: workInElse },
    { name: "done also called in the guard's branch, which leaves", code: doneInGuard },
  ],
  invalid: [
    {
      name: "done called in a guard's branch that does not leave, then the client used",
      code: `function f(pool, cb) {
  pool.connect((err, client, done) => {
    if (err) done(err);
    client.query("SELECT 1", (queryErr, result) => {
      done();
      cb(queryErr, result);
    });
  });
}`,
      errors: [{ messageId: "useAfterRelease", line: 4, column: 5 }],
    },
  ],
});
