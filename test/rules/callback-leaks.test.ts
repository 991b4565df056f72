// Callback-style shapes met in real code (see test/realworld/): callbacks wrapped in a call (`assert.calls(fn)`),
// throws that are certain inside a node-style callback (a failing assertion; reading the result before the error
// check), and releases bound to a stream's events. Each leak sits beside the safe twin a person would write.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client on callback shapes", rule, {
  valid: [
    {
      name: "the pg docs' callback example: release first thing in the query callback, then look at the error",
      code: `pool.connect((err, client, release) => {
  if (err) {
    return console.error("Error acquiring client", err.stack);
  }
  client.query("SELECT NOW()", (err, result) => {
    release();
    if (err) {
      return console.error("Error executing query", err.stack);
    }
    console.log(result.rows);
  });
});`,
    },
    {
      name: "a wrapped connect callback whose query callback releases before asserting",
      code: `pool.connect(assert.calls(function (err, client, release) {
  assert(!err);
  client.query("SELECT NOW()", assert.calls(function (queryErr, result) {
    release();
    assert.ifError(queryErr);
    assert.equal(result.rows.length, 1);
  }));
}));`,
    },
    {
      name: "a query callback that checks the error before reading the rows",
      code: `function first(pool, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    client.query("SELECT 1 AS n", (queryErr, res) => {
      if (queryErr) {
        done();
        return cb(queryErr);
      }
      const row = res.rows[0];
      done();
      cb(null, row);
    });
  });
}`,
    },
    {
      name: "an optional read of the result cannot throw",
      code: `pool.connect((err, client, done) => {
  if (err) return;
  client.query("SELECT 1", (e, d) => {
    console.log(e, d?.rows);
    done();
  });
});`,
    },
    {
      name: "an assertion about the connect error fails only when there is no client",
      code: `pool.connect(function (err, client, done) {
  assert.ifError(err);
  client.query("SELECT 1", function () {
    done();
  });
});`,
    },
    {
      name: "assertions that the client is there fail only when the checkout failed",
      code: `pool.connect((err, client, release) => {
  expect(err).to.be(undefined);
  expect(client).to.not.be(undefined);
  assert(client);
  release();
});`,
    },
    {
      name: "a promise checkout whose wrapped query callback releases before asserting",
      code: `pool.connect().then((client) => {
  client.query("SELECT pg_sleep(2)", assert.calls(function (err) {
    client.release();
    assert(err);
  }));
});`,
    },
    {
      name: "a stream release bound to 'end' and to 'error'",
      code: `pool.connect((err, client, done) => {
  if (err) throw err;
  const stream = client.query(new QueryStream("SELECT * FROM generate_series(0, $1) num", [1000]));
  stream.on("end", done);
  stream.on("error", (streamErr) => {
    done(streamErr);
    console.error(streamErr);
  });
  stream.pipe(process.stdout);
});`,
    },
    {
      name: "a stream release bound to 'close', which follows an error too",
      code: `async function send(pool, res) {
  const client = await pool.connect();
  const stream = client.query(new QueryStream("SELECT * FROM items"));
  stream.on("close", () => client.release());
  stream.pipe(res);
}`,
    },
    {
      name: "an assertion inside a try whose finally releases",
      code: `pool.connect((err, client, done) => {
  if (err) return;
  client.query("SELECT 1 AS n", (queryErr, res) => {
    try {
      assert.ifError(queryErr);
      assert.equal(res.rows[0].n, 1);
    } finally {
      done();
    }
  });
});`,
    },
    {
      name: "one closure bound to both 'end' and 'error' releases",
      code: `pool.connect((err, client, done) => {
  if (err) return;
  const stream = client.query(new QueryStream("SELECT * FROM items"));
  const finish = (streamErr) => done(streamErr);
  stream.on("end", finish);
  stream.on("error", finish);
  stream.pipe(process.stdout);
});`,
    },
    {
      name: "a wrapper around a function that takes no error first is not followed",
      code: `pool.connect(once(function (client) {
  client.query("SELECT 1");
}));`,
    },
  ],
  invalid: [
    {
      name: "a wrapped connect callback: the query callback reads the rows before its error, ahead of release()",
      code: `pool.connect(domain.bind(function (err, client, release) {
  if (err) return;
  client.query("SELECT NOW() AS now", domain.bind(function (queryErr, result) {
    console.log(result.rows[0].now);
    release();
  }));
}));`,
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pool", result: "result", read: "result.rows", line: 4, done: "release", error: "queryErr" },
          line: 1,
          column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: "a promise checkout whose wrapped query callback asserts before the release",
      code: `pool.connect().then((client) => {
  client.query("SELECT pg_sleep(2)", assert.calls(function (err) {
    assert(err);
    client.release();
  }));
});`,
      errors: [
        { messageId: "assertionSkipsRelease", data: { pool: "pool", line: 3, done: "client.release" }, line: 1, column: 1, suggestions: [] },
      ],
    },
    {
      name: "the error is only logged, then the result is read before done()",
      code: `pool.connect((err, c, r) => {
  c.query("select pg_sleep(2)", [], (e, d) => {
    console.log("query", e, d.rows[0]);
    r();
  });
});`,
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pool", result: "d", read: "d.rows", line: 3, done: "r", error: "e" },
          line: 1,
          column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: "handing the error on does not check it: `cb(err, res.rows)` throws before done()",
      code: `function all(pool, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    client.query("SELECT * FROM items", (queryErr, res) => {
      cb(queryErr, res.rows);
      done();
    });
  });
}`,
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pool", result: "res", read: "res.rows", line: 5, done: "done", error: "queryErr" },
          line: 2,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "an assertion in the connect callback that is not about the connect error",
      code: `pool.connect(function (err, client, done) {
  if (err) return;
  assert.equal(client.processID > 0, true);
  done();
});`,
      errors: [
        { messageId: "assertionSkipsRelease", data: { pool: "pool", line: 3, done: "done" }, line: 1, column: 1, suggestions: [] },
      ],
    },
    {
      name: "a stream release bound to 'end' only",
      code: `pool.connect((err, client, done) => {
  if (err) throw err;
  const stream = client.query(new QueryStream("SELECT * FROM generate_series(0, $1) num", [1000]));
  stream.on("end", done);
  stream.pipe(process.stdout);
});`,
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pool", emitter: "stream", event: "end", line: 4 },
          line: 1,
          column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: "a named closure that releases, bound to 'end' only",
      code: `pool.connect((err, client, done) => {
  if (err) return;
  const stream = client.query(new QueryStream("SELECT * FROM items"));
  function finish() {
    done();
  }
  stream.on("end", finish);
  stream.pipe(process.stdout);
});`,
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pool", emitter: "stream", event: "end", line: 7 },
          line: 1,
          column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: "a release in a 'finish' listener, with an 'error' listener that only logs",
      code: `async function send(pool, res) {
  const client = await pool.connect();
  const stream = client.query(new QueryStream("SELECT * FROM items"));
  stream.on("error", (err) => console.error(err));
  res.once("finish", () => {
    client.release();
  });
  stream.pipe(res);
}`,
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pool", emitter: "res", event: "finish", line: 5 },
          line: 2,
          column: 24,
          suggestions: [],
        },
      ],
    },
  ],
});
