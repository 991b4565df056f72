// A `return` that hands back, un-awaited, a call of an async function of the file (`return load(id)`) inside the
// `try` whose `finally` releases: the original gives its client back as `load` starts; withClient awaits the
// callback's promise, so the rewrite would hold the client until `load` ends — and `load` may use the pool itself (a
// second client of the same pool, taken while the first is held). No fix, no suggestion. Reduced from
// Khomurod/bot-backend's database/safetyEventVideoSettings.js deactivateMusicAsset (`return getMusicAssetById(id)`
// after its COMMIT, a function that queries through './db''s `query`), read in rewrite-u's sample. The twins: the
// same call awaited (the original held the client while it ran too), a function that is not async, and a method.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'const { withClient } = require("poolguard/runtime");\n';
const outputs: string[] = [];
const RETURNED =
  "`load(…)`, an async function, is returned without `await`: the original gave the client back as it started, the callback would hold the client until it ends (its pool work a second checkout)";

const HEAD = `const { query, pool } = require("./db");
`;
const deactivate = (load: string, returned: string) => `${HEAD}${load}
async function deactivate(id) {
  const client = await pool.connect();
  try {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    return ${returned};
  } finally {
    client.release();
  }
}
module.exports = { deactivate };`;
const ASYNC_LOAD = `async function load(id) {
  const res = await query("SELECT * FROM assets WHERE id = $1", [id]);
  return res.rows[0];
}`;
const fixedOutput = (load: string, returned: string) => `${HEAD}${IMPORT}${load}
async function deactivate(id) {
  return await withClient(pool, async (client) => {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    return ${returned};
  });
}
module.exports = { deactivate };`;
const line = (load: string) => load.split("\n").length + 3;
const refused = (load: string, returned: string) => ({
  code: deactivate(load, returned),
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: line(load),
      column: 3,
      data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNED },
    },
  ],
});
const fixed = (load: string, returned: string) => {
  const output = fixedOutput(load, returned);
  outputs.push(output);
  return { code: deactivate(load, returned), output, errors: [{ messageId: "preferWithClient" as const, line: line(load), column: 3 }] };
};

ruleTester.run("prefer-with-client: an async function's call returned without await", preferWithClient, {
  valid: [],
  invalid: [
    refused(ASYNC_LOAD, "load(id)"),
    refused(`const load = async (id) => (await query("SELECT * FROM assets WHERE id = $1", [id])).rows[0];`, "load(id)"),
    refused(ASYNC_LOAD, "load(id).then((row) => row ?? null)"),
    // Twins: awaited by the `return` (the original held the client while it ran), not async, a method of an object
    // the file does not write (an async method of one it writes is refused: rewrite-carried-promises.test.ts).
    fixed(ASYNC_LOAD, "await load(id)"),
    fixed(`function load(id) {
  return { id };
}`, "load(id)"),
    fixed("const repo = makeRepository();", "repo.load(id)"),
    // A TS declaration has no body to read (passionfroot/postgres-mcp's `declare function buildMetadata`): not known to
    // give a promise, as an import is not; reading it crashed the rule.
    fixed("declare function load(id: number): Promise<unknown>;", "load(id)"),
    // review-c: a plain function that returns a promise all the same is refused; one returning a plain call's value is fixed.
    {
      ...refused(`function load(id) {
  return query("SELECT * FROM assets WHERE id = $1", [id]).then((res) => res.rows[0]);
}`, "load(id)"),
      errors: [
        {
          messageId: "preferWithClientNoFix" as const,
          line: 6,
          column: 3,
          data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNED.replace("an async function", "a function that returns a promise") },
        },
      ],
    },
    fixed(`function load(id) {
  return String(id);
}`, "load(id)"),
  ],
});

// An async method of the class, called through `this` from another method of it (review-c), also under a TS wrapper
// (`this.load!(id)`): the same hold. Its twin, a method that is not async, is fixed.
const repository = (load: string, returned = "this.load(id)") => `${HEAD}class Assets {
  ${load}
  async deactivate(id) {
    const client = await pool.connect();
    try {
      await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
      return ${returned};
    } finally {
      client.release();
    }
  }
}
module.exports = { Assets };`;
const THIS_RETURNED = RETURNED.replace("`load(…)`", "`this.load(…)`");
ruleTester.run("prefer-with-client: an async method's call through this returned without await", preferWithClient, {
  valid: [],
  invalid: [
    {
      code: repository('async load(id) { return (await query("SELECT 1", [id])).rows[0]; }'),
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 5, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason: THIS_RETURNED } }],
    },
    {
      code: repository('load = async (id) => (await query("SELECT 1", [id])).rows[0];'),
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 5, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason: THIS_RETURNED } }],
    },
    {
      code: repository('async load(id) { return (await query("SELECT 1", [id])).rows[0]; }', "this.load!(id)"),
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 5, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason: THIS_RETURNED } }],
    },
    {
      code: repository('async load(id) { return (await query("SELECT 1", [id])).rows[0]; }', 'this["load"](id)'),
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 5, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason: THIS_RETURNED } }],
    },
    {
      code: repository('static async load(id) { return (await query("SELECT 1", [id])).rows[0]; }', "Assets.load(id)"),
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 5, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNED.replace("`load(…)`", "`Assets.load(…)`") } }],
    },
    {
      code: repository("static load(id) { return { id }; }", "Assets.load(id)"),
      output: `${HEAD}${IMPORT}class Assets {
  static load(id) { return { id }; }
  async deactivate(id) {
    return await withClient(pool, async (client) => {
      await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
      return Assets.load(id);
    });
  }
}
module.exports = { Assets };`,
      errors: [{ messageId: "preferWithClient", line: 5, column: 5 }],
    },
    {
      code: repository("load(id) { return { id }; }"),
      output: `${HEAD}${IMPORT}class Assets {
  load(id) { return { id }; }
  async deactivate(id) {
    return await withClient(pool, async (client) => {
      await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
      return this.load(id);
    });
  }
}
module.exports = { Assets };`,
      errors: [{ messageId: "preferWithClient", line: 5, column: 5 }],
    },
  ],
});

ruleTester.run("leak suggestion: an async function's call returned without await", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(
      `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
async function deactivate(id) {
  const client = await pool.connect();
  try {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    return load(id);
  } finally {
    client.release();
  }
}`,
      RETURNED,
      5,
      24,
    ),
    suggestionCase(
      outputs,
      `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
async function deactivate(id) {
  const client = await pool.connect();
  await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
  const row = await load(id);
  client.release();
  return row;
}`,
      `${IMPORT.replace('const { withClient } = require("poolguard/runtime");\n', 'import { withClient } from "poolguard/runtime";\n')}async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
async function deactivate(id) {
  const row = await withClient(pool, async (client) => {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    const row = await load(id);
    return row;
  });
  return row;
}`,
      5,
      24,
    ),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
