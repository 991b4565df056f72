// Code that never runs (after a return or a throw, in the body of a loop that never exits) holds nothing and releases
// nothing: a release there does not count, and a use there is no use after release.
import noLeakedClient from "../../rules/no-leaked-client.js";
import noUseAfterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client (unreachable code)", noLeakedClient, {
  valid: [
    {
      name: "code after a return that comes after the release",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  return;
  await client.query("never runs");
}`,
    },
  ],
  invalid: [
    {
      name: "the only release sits after a return",
      code: `async function f(pool) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  return;
  client.release();
}`,
      errors: [
        {
          // The only release is never reached: never released (gaps-34), not a leak at the return alone.
          messageId: "neverReleased",
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { withClient } from "poolguard/runtime";
async function f(pool) {
  return await withClient(pool, async (client) => {
    await client.query("SELECT 1");
    return;
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("no-use-after-release (unreachable code)", noUseAfterRelease, {
  valid: [
    {
      name: "a use after the release, but after a throw",
      code: `async function f(pool) {
  const client = await pool.connect();
  client.release();
  throw new Error("stop");
  await client.query("never runs");
}`,
    },
    {
      name: "a second release after a return",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  return;
  client.release();
}`,
    },
  ],
  invalid: [
    {
      name: "a use after the release, before the return",
      code: `async function f(pool) {
  const client = await pool.connect();
  client.release();
  await client.query("too late");
  return;
}`,
      errors: [{ messageId: "useAfterRelease", line: 4, column: 9 }],
    },
  ],
});
