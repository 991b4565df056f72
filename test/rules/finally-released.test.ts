// A checkout released first thing in the `finally` of the `try` that follows it is answered from its shape, without
// following its paths (src/analysis/lifetime/finally-released.ts). These cases sit just outside that shape: each must
// still be followed, and reported as before.
import noLeakedClient from "../../rules/no-leaked-client.js";
import noUseAfterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

const canonical = `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`;

const handedToHelper = `async function work(c) {
  await c.query("SELECT 1");
}
async function f(pool) {
  const client = await pool.connect();
  try {
    await work(client);
  } finally {
    client.release();
  }
}`;

ruleTester.run("no-leaked-client (a release first in the finally that follows)", noLeakedClient, {
  valid: [
    { name: "the shape itself: uses in the try and the catch, the release first in the finally", code: canonical },
    { name: "the client handed to a helper that only uses it", code: handedToHelper },
    {
      name: "a release whose argument is computed first is followed like any other",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release(check());
  }
}`,
    },
  ],
  invalid: [
    {
      name: "work in the finally before the release can throw past it",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.query("RESET ALL");
    client.release();
  }
}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { withClient } from "poolguard/runtime";
async function f(pool) {
  await withClient(pool, async (client) => {
    try {
      await client.query("SELECT 1");
    } finally {
      await client.query("RESET ALL");
    }
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("no-use-after-release (a release first in the finally that follows)", noUseAfterRelease, {
  valid: [
    { name: "the shape itself", code: canonical },
    { name: "the client handed to a helper that only uses it", code: handedToHelper },
  ],
  invalid: [
    {
      name: "a use after the try",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  await client.query("SELECT 2");
}`,
      errors: [{ messageId: "useAfterRelease", line: 8, column: 9 }],
    },
    {
      name: "a use in the finally after the release",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
    client.query("SELECT 2");
  }
}`,
      errors: [{ messageId: "useAfterRelease", line: 7, column: 5 }],
    },
    {
      name: "a release in the try too",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
    client.release();
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "doubleRelease", line: 7, column: 5 }],
    },
    {
      name: "a helper of the file that releases the client it is given",
      code: `function giveBack(c) {
  c.release();
}
async function f(pool) {
  const client = await pool.connect();
  try {
    giveBack(client);
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "doubleRelease", line: 9, column: 5 }],
    },
  ],
});

// The release may be awaited (`await client.release()`): the same shape. Next to it, the awaited release that only
// looks like it, followed and reported as before.
const awaitedRelease = `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.release();
  }
}`;

const awaitedGuardedRelease = `async function f(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    if (client) await client.release();
  }
}`;

ruleTester.run("no-use-after-release (an awaited release first in the finally)", noUseAfterRelease, {
  valid: [
    { name: "await client.release() first in the finally", code: awaitedRelease },
    { name: "the let form with if (client) await client.release()", code: awaitedGuardedRelease },
  ],
  invalid: [
    {
      name: "an awaited release, then a use in the finally",
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.release();
    await client.query("SELECT 2");
  }
}`,
      errors: [{ messageId: "useAfterRelease", line: 7, column: 11 }],
    },
  ],
});
