// A test's own helper that asserts, called inside a node-style callback before the release: it throws exactly when
// its assertion fails, like a bare `assert(…)` there (met in open-telemetry's instrumentation-pg tests, see
// test/realworld/). Each leak sits beside the safe twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client on asserting helpers", rule, {
  valid: [
    {
      name: "the asserting helper runs after release(), in the query callback",
      code: `const expectSpans = (count) => {
  assert.strictEqual(finishedSpans().length, count);
};
pool.connect((err, client, release) => {
  if (err) return done(err);
  client.query("SELECT NOW()", (queryErr) => {
    release();
    expectSpans(1);
    done(queryErr);
  });
});`,
    },
    {
      name: "a helper of the file that does not assert is no certain throw",
      code: `const recordSpans = (count) => {
  seen.push(count);
};
pool.connect((err, client, release) => {
  if (err) return done(err);
  recordSpans(1);
  client.query("SELECT NOW()", (queryErr) => {
    release();
    done(queryErr);
  });
});`,
    },
    {
      name: "an imported helper is not read: the analysis stays silent",
      code: `import { expectSpans } from "./utils";
pool.connect((err, client, release) => {
  if (err) return done(err);
  expectSpans(1);
  client.query("SELECT NOW()", (queryErr) => {
    release();
    done(queryErr);
  });
});`,
    },
    {
      name: "a helper whose assertion sits in a nested callback does not throw where it is called",
      code: `function expectLater(count) {
  setImmediate(() => assert.equal(finishedSpans().length, count));
}
pool.connect((err, client, release) => {
  if (err) return done(err);
  expectLater(1);
  client.query("SELECT NOW()", (queryErr) => {
    release();
    done(queryErr);
  });
});`,
    },
    {
      name: "a helper that asserts about the connect error fails only when there is no client",
      code: `function expectNoError(e) {
  assert.ifError(e);
}
pool.connect((err, client, release) => {
  expectNoError(err);
  release();
});`,
    },
    {
      // A parameter's definition node is the function declaring it: read as "the function the name is bound to", the
      // callback parameter `verify` was taken for checkConnection itself, whose own body asserts (fails without that fix).
      name: "a callback parameter is no helper of the file, even inside a function that asserts",
      code: `function checkConnection(pool, verify) {
  assert.ok(pool);
  pool.connect((err, client, release) => {
    if (err) return verify(err);
    verify(null);
    client.query("SELECT NOW()", (queryErr) => {
      release();
    });
  });
}`,
    },
  ],
  invalid: [
    {
      name: "an arrow helper of the file asserts before the query whose callback releases",
      code: `const expectSpans = (count) => {
  assert.strictEqual(finishedSpans().length, count);
};
pool.connect((err, client, release) => {
  if (err) return done(err);
  expectSpans(1);
  client.query("SELECT NOW()", (queryErr) => {
    release();
    done(queryErr);
  });
});`,
      errors: [
        { messageId: "assertionSkipsRelease", data: { pool: "pool", line: 6, done: "release" }, line: 4, column: 1, suggestions: [] },
      ],
    },
    {
      name: "a function declaration helper that uses expect, called in the query callback before done()",
      code: `function expectRows(res, n) {
  expect(res.rows).toHaveLength(n);
}
pool.connect(function (err, client, done) {
  if (err) return;
  client.query("SELECT 1", function (queryErr, res) {
    if (queryErr) return done(queryErr);
    expectRows(res, 1);
    done();
  });
});`,
      errors: [
        { messageId: "assertionSkipsRelease", data: { pool: "pool", line: 8, done: "done" }, line: 4, column: 1, suggestions: [] },
      ],
    },
  ],
});
