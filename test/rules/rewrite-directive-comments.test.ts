// Comments the withClient rewrites cut out with the release (a `finally`, the lines between the checkout and `try`)
// are carried to the top of the callback — but a line directive bound to a line that is gone is dropped: at the top
// of the callback it would bind to the first moved line instead (an unused `// @ts-expect-error` is a type error
// there, an `// eslint-disable-next-line` would silence that line or be reported as unused). Found on
// decentraland/social-service-ea's createPgComponent: `// eslint-disable-next-line @typescript-eslint/await-thenable`
// above `await client.release()` landed above the callback's `try`.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import plugin from "../../src/plugin.js";
import { leakSuggestionHarness, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];

ruleTester.run("prefer-with-client (line directives of removed lines)", rule, {
  valid: [],
  invalid: [
    {
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    // @ts-expect-error -- release() returns void
    await client.release();
  }
}`,
      output: `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // TypeScript's suppressions in both comment forms, between the checkout and \`try\`: bound to a removed line.
      code: `async function load(pool) {
  const client = await pool.connect();
  // @ts-expect-error -- the pool's type is wrong here
  /* @ts-ignore */
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // Twin: other comments of the removed lines are still carried, and a directive inside the moved code stays
      // above the line it binds to.
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    // @ts-expect-error -- legacy call
    await client.query("SELECT 1", 1, 2);
  } finally {
    // release: eslint-disable-next-line is not a directive unless it starts the comment
    client.release();
  }
}`,
      output: `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    // release: eslint-disable-next-line is not a directive unless it starts the comment
    // @ts-expect-error -- legacy call
    await client.query("SELECT 1", 1, 2);
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
  ],
});

ruleTester.run("leak suggestion (line directives of removed lines)", leakSuggestionHarness, {
  valid: [],
  invalid: [
    suggestionCase(
      outputs,
      `async function load(pool) {
  const client = await pool.connect();
  const result = await client.query("SELECT 1");
  // @ts-ignore
  client.release();
  return result.rows;
}`,
      `${IMPORT}async function load(pool) {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT 1");
    return result;
  });
  return result.rows;
}`,
    ),
    // Twin: an ordinary comment above the cut release stays where the release was.
    suggestionCase(
      outputs,
      `async function load(pool) {
  const client = await pool.connect();
  const result = await client.query("SELECT 1");
  // done with the client
  client.release();
  return result.rows;
}`,
      `${IMPORT}async function load(pool) {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT 1");
    // done with the client
    return result;
  });
  return result.rows;
}`,
    ),
  ],
});

// ESLint's own directives are read by the Linter, which RuleTester would also report as unused: checked here with
// unused directives not reported, so the fixed text is all that is asserted.
describe("prefer-with-client drops ESLint line directives of removed lines", () => {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    {
      linterOptions: { reportUnusedDisableDirectives: "off" },
      plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] },
      rules: { "poolguard/prefer-with-client": "error" },
    },
  ];
  const fixed = (code: string) => linter.verifyAndFix(code, config, { filename: "file.js" }).output;

  it("an eslint-disable-next-line above the release and an eslint-disable-line after it", () => {
    expect(
      fixed(`async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    // eslint-disable-next-line no-unused-expressions
    client.release(); /* eslint-disable-line no-console */
  }
}`),
    ).toBe(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`);
  });

  it("twin: a comment that only mentions a directive is carried", () => {
    expect(
      fixed(`async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    // no eslint-disable-next-line needed here
    client.release();
  }
}`),
    ).toBe(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    // no eslint-disable-next-line needed here
    await client.query("SELECT 1");
  });
}`);
  });
});
