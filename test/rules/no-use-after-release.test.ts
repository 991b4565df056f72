// no-use-after-release: a client used, or released again, after a release on some path. Each invalid case sits
// next to the valid twin that differs by the one thing the rule looks at.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-use-after-release", rule, {
  valid: [
    {
      name: "every use before the release in finally",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    await client.query("SELECT 2");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "release in a catch that rethrows, and after the try",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    client.release(error);
    throw error;
  }
  client.release();
}`,
    },
    {
      name: "release then return on one branch, use on the other",
      code: `async function f(pool, skip) {
  const client = await pool.connect();
  if (skip) {
    client.release();
    return;
  }
  await client.query("SELECT 1");
  client.release();
}`,
    },
    {
      name: "a new client acquired into the same variable",
      code: `async function f(pool) {
  let client = await pool.connect();
  client.release();
  client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`,
    },
    {
      name: "acquire and release per loop iteration",
      code: `async function f(pool, jobs) {
  for (const job of jobs) {
    const client = await pool.connect();
    try {
      await client.query(job);
    } finally {
      client.release();
    }
  }
}`,
    },
    {
      name: "the variable cleared after the release, then guarded",
      code: `async function f(pool) {
  let client = await pool.connect();
  client.release();
  client = null;
  if (client) client.release();
}`,
    },
    {
      name: "release in an if/else, once on each path",
      code: `async function f(pool, failed) {
  const client = await pool.connect();
  if (failed) client.release(new Error("failed"));
  else client.release();
}`,
    },
    {
      name: "a truthiness test after the release is not a use",
      code: `async function f(pool) {
  const client = await pool.connect();
  client.release();
  return client !== undefined;
}`,
    },
    {
      name: "callback style: done once on every path",
      code: `function f(pool, callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    client.query("SELECT 1", (err, result) => {
      done();
      callback(err, result);
    });
  });
}`,
    },
    {
      name: "use in a callback created before the release is not followed",
      code: `async function f(pool, emitter) {
  const client = await pool.connect();
  emitter.on("tick", () => client.query("SELECT 1"));
  client.release();
}`,
    },
    {
      name: "a shadowing variable with the same name after the release",
      code: `async function f(pool) {
  const client = await pool.connect();
  client.release();
  {
    const client = otherClient();
    await client.query("SELECT 1");
  }
}`,
    },
    {
      name: "a catch that swallows after a release in the try cannot release again",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    client.release();
  } catch {
    log("failed");
  }
}`,
    },
    {
      name: "not a pool client",
      code: `async function f(redis) {
  const client = await redis.connect();
  client.release();
  await client.get("k");
}`,
    },
    {
      name: "release then a logging call in the try, releasing catch",
      code: `async function f(pool, logger) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    client.release();
    logger.info("released");
  } catch (error) {
    client.release(error);
    throw error;
  }
}`,
    },
    {
      name: "then style: release as the last step",
      code: `function f(pool) {
  return pool.connect().then((client) => {
    client.query("SELECT 1");
    client.release();
  });
}`,
    },
    {
      name: "a boolean flag records the release",
      code: `async function f(pool) {
  const client = await pool.connect();
  let released = false;
  try {
    await client.query("SELECT 1");
    client.release();
    released = true;
  } finally {
    if (!released) client.release();
  }
}`,
    },
    {
      name: "destructured client: not understood, so silent",
      code: `async function f(pool) {
  const { release, query } = await pool.connect();
  release();
  await query("SELECT 1");
}`,
    },
  ],
  invalid: [
    {
      // A let-form checkout released in its finally (answered from its shape when nothing follows the try) used again after it.
      name: "let form used after the try whose finally released it",
      code: `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
  await client.query("SELECT 2");
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 7 }, line: 9, column: 9 }],
    },
    {
      name: "query after the release in finally",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  await client.query("SELECT 2");
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 8, column: 9 }],
    },
    {
      name: "released in the try and again in finally",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    client.release();
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 5 }, line: 7, column: 5 }],
    },
    {
      name: "release in a catch that swallows, then again after the try",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    client.release(error);
  }
  client.release();
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 6 }, line: 8, column: 3 }],
    },
    {
      name: "released on one branch, then used",
      code: `async function f(pool, skip) {
  const client = await pool.connect();
  if (skip) {
    client.release();
  }
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [
        { messageId: "useAfterRelease", data: { client: "client", line: 4 }, line: 6, column: 9 },
        { messageId: "doubleRelease", data: { client: "client", line: 4 }, line: 7, column: 3 },
      ],
    },
    {
      name: "a client from outside the loop released on every iteration",
      code: `async function f(pool, jobs) {
  const client = await pool.connect();
  for (const job of jobs) {
    await client.query(job);
    client.release();
  }
}`,
      errors: [
        { messageId: "useAfterRelease", data: { client: "client", line: 5 }, line: 4, column: 11 },
        { messageId: "doubleRelease", data: { client: "client", line: 5 }, line: 5, column: 5 },
      ],
    },
    {
      name: "callback style: done called twice",
      code: `function f(pool, callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    client.query("SELECT 1", (err, result) => {
      done();
      if (err) done(err);
      callback(err, result);
    });
  });
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "done", line: 5 }, line: 6, column: 16 }],
    },
    {
      name: "released before the last query is returned",
      code: `async function f(pool) {
  const client = await pool.connect();
  client.release();
  return client.query("SELECT 1");
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 3 }, line: 4, column: 10 }],
    },
    {
      name: "passed to a helper after the release",
      code: `async function f(pool, audit) {
  const client = await pool.connect();
  client.release();
  await audit(client);
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 3 }, line: 4, column: 15 }],
    },
    {
      name: "a property read after the release",
      code: `async function f(pool) {
  const client = await pool.connect();
  client.release();
  return client.processID;
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 3 }, line: 4, column: 10 }],
    },
    {
      name: "release in the try, a later call throws into a releasing catch",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    client.release();
    await notify();
  } catch (error) {
    client.release(error);
    throw error;
  }
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 5 }, line: 8, column: 5 }],
    },
    {
      name: "optional chaining does not hide a second release",
      code: `async function f(pool) {
  const client = await pool.connect();
  client?.release();
  client?.release();
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 3 }, line: 4, column: 3 }],
    },
    {
      name: "TS wrappers do not hide a use after release",
      code: `async function f(pool: Pool) {
  const client = await pool.connect();
  (client as PoolClient).release();
  await client!.query("SELECT 1");
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 3 }, line: 4, column: 9 }],
    },
    {
      name: "then style: used after the release in the handler",
      code: `function f(pool) {
  return pool.connect().then((client) => {
    client.release();
    return client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 3 }, line: 4, column: 12 }],
    },
    {
      name: "a helper of this file that releases, then a use",
      code: `function finish(client) {
  client.release();
}
async function f(pool) {
  const client = await pool.connect();
  finish(client);
  await client.query("SELECT 1");
}`,
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 6 }, line: 7, column: 9 }],
    },
    {
      name: "a guard that is not a flag does not hide a second release",
      code: `async function f(pool, failed) {
  const client = await pool.connect();
  client.release();
  if (failed) client.release();
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 3 }, line: 4, column: 15 }],
    },
    {
      name: "the variable cleared on one branch only",
      code: `async function f(pool, reset) {
  let client = await pool.connect();
  client.release();
  if (reset) client = null;
  client?.release();
}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 3 }, line: 5, column: 3 }],
    },
  ],
});
