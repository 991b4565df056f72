import { parse } from "@typescript-eslint/parser";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';

const valid = [
  // Already the helper.
  `import { withClient } from "poolguard/runtime";
async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
  // Not a pool: other libraries' connect() is never a pg client.
  `async function load(redis) {
  const conn = await redis.connect();
  try {
    await conn.get("k");
  } finally {
    conn.release();
  }
}`,
  // The finally block does not release: not this rule's pattern (no-leaked-client's business).
  `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    console.log("done");
  }
}`,
  // Work between the acquisition and the try: a leak for no-leaked-client, not the correct manual pattern.
  `async function load(pool) {
  const client = await pool.connect();
  await client.query("SET search_path TO app");
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
];

const noFix = (code: string, reason: string, line = 2, column = 3) => ({
  code,
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line,
      column,
      data: { client: "client", pool: "pool", helper: "withClient", reason },
    },
  ],
});

ruleTester.run("prefer-with-client", rule, {
  valid,
  invalid: [
    {
      // The import goes first when the file has none; the try block's inside moves as it is.
      code: `async function load(pool) {
  const client = await pool.connect();
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
      errors: [{ messageId: "preferWithClient", line: 2, column: 3, endLine: 2, endColumn: 39 }],
    },
    {
      // return inside the body: the helper's value is returned; the new import follows the last import.
      code: `import { Pool } from "pg";
export async function find(pool: Pool, id: number) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [id]);
    if (rows.length === 0) return null;
    return rows[0];
  } finally {
    client.release();
  }
}`,
      output: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
export async function find(pool: Pool, id: number) {
  return await withClient(pool, async (client) => {
    const { rows } = await client.query("SELECT * FROM users WHERE id = $1", [id]);
    if (rows.length === 0) return null;
    return rows[0];
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // BEGIN … COMMIT with ROLLBACK-and-rethrow: withTransaction, and the three statements disappear.
      code: `import type { Pool } from "pg";
export async function transfer(pool: Pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("UPDATE a SET n = n - 1 RETURNING n");
    await client.query("COMMIT");
    return rows;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
      output: `import type { Pool } from "pg";
import { withTransaction } from "poolguard/runtime";
export async function transfer(pool: Pool) {
  return await withTransaction(pool, async (client) => {
    const { rows } = await client.query("UPDATE a SET n = n - 1 RETURNING n");
    return rows;
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3}],
    },
    {
      // No semicolons, a lowercase `begin;`, and code after the block that must stay where it is.
      code: `async function save(pool, row) {
  const client = await pool.connect()
  try {
    await client.query('begin;')
    await client.query('INSERT INTO t VALUES ($1)', [row])
    await client.query(\`COMMIT\`)
  } catch (e) {
    await client.query('ROLLBACK')
    throw e
  } finally {
    client.release()
  }
  console.log('saved')
}`,
      output: `import { withTransaction } from "poolguard/runtime"
async function save(pool, row) {
  await withTransaction(pool, async (client) => {
    await client.query('INSERT INTO t VALUES ($1)', [row])
  })
  console.log('saved')
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // A ROLLBACK without rethrow is not what withTransaction does: withClient keeps the try/catch, re-indented,
      // and a multi-line template literal keeps its exact text.
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query(\`SELECT
  1\`);
  } catch (err) {
    console.error(err);
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    try {
      await client.query(\`SELECT
  1\`);
    } catch (err) {
      console.error(err);
    }
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // Comments outside the moved body are carried to its top; comments inside stay where they were.
      code: `async function load(pool) {
  const client = await pool.connect();
  // read the row
  try {
    // the query
    await client.query("SELECT 1"); // trailing
  } finally {
    client.release(); // always
  }
}`,
      output: `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    // read the row
    // always
    // the query
    await client.query("SELECT 1"); // trailing
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // Tabs, \`this.pool\` and \`this\` in the body (the arrow keeps the method's \`this\`), a type annotation kept.
      code: `import type { PoolClient } from "pg";
class Repo {
	async count() {
		const client: PoolClient = await this.pool.connect();
		try {
			return this.parse(await client.query("SELECT count(*) FROM t"));
		} finally {
			client.release();
		}
	}
}`,
      output: `import type { PoolClient } from "pg";
import { withClient } from "poolguard/runtime";
class Repo {
	async count() {
		return await withClient(this.pool, async (client: PoolClient) => {
			return this.parse(await client.query("SELECT count(*) FROM t"));
		});
	}
}`,
      errors: [{ messageId: "preferWithClient", line: 4, column: 3 }],
    },
    {
      // Every path of the body returns, so the code after the block is dead either way and stays.
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    return await client.query("SELECT 1");
  } finally {
    client.release();
  }
  console.log("never");
}`,
      output: `${IMPORT}async function f(pool) {
  return await withClient(pool, async (client) => {
    return await client.query("SELECT 1");
  });
  console.log("never");
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // A loop with its own break/continue inside the body is fine.
      code: `async function f(pool, ids) {
  const client = await pool.connect();
  try {
    for (const id of ids) {
      if (id < 0) continue;
      if (id > 9) break;
      await client.query("SELECT $1", [id]);
    }
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function f(pool, ids) {
  await withClient(pool, async (client) => {
    for (const id of ids) {
      if (id < 0) continue;
      if (id > 9) break;
      await client.query("SELECT $1", [id]);
    }
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // Already imported: no second import. Another helper from the same module joins its braces.
      code: `import { withClient } from "poolguard/runtime";
async function a(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
async function b(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM t");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}`,
      // Both fixes touch the import line, so ESLint applies one a pass: b (first by range) then a.
      output: [
        `import { withClient, withTransaction } from "poolguard/runtime";
async function a(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
async function b(pool) {
  await withTransaction(pool, async (client) => {
    await client.query("DELETE FROM t");
  });
}`,
        `import { withClient, withTransaction } from "poolguard/runtime";
async function a(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}
async function b(pool) {
  await withTransaction(pool, async (client) => {
    await client.query("DELETE FROM t");
  });
}`,
      ],
      errors: [
        { messageId: "preferWithClient", line: 3, column: 3 },
        { messageId: "preferWithClient", line: 11, column: 3 },
      ],
    },
    {
      // The project's own helper of that name is used as it is.
      code: `import { withClient } from "./db.js";
export async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      output: `import { withClient } from "./db.js";
export async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // importSource option, single quotes and no semicolons copied from the neighbouring import.
      code: `import pg from 'pg'
export async function load(pool) {
  const client = await pool.connect()
  try {
    await client.query('SELECT 1')
  } finally {
    client.release()
  }
}`,
      options: [{ importSource: "@acme/db" }],
      output: `import pg from 'pg'
import { withClient } from '@acme/db'
export async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query('SELECT 1')
  })
}`,
      errors: [{ messageId: "preferWithClient", line: 3, column: 3 }],
    },
    {
      // CommonJS: a require next to the others.
      code: `"use strict";
const { Pool } = require("pg");
const pool = new Pool();
async function load() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
module.exports = { load };`,
      languageOptions: { parserOptions: { sourceType: "script" } },
      output: `"use strict";
const { Pool } = require("pg");
const { withClient } = require("poolguard/runtime");
const pool = new Pool();
async function load() {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}
module.exports = { load };`,
      errors: [{ messageId: "preferWithClient", line: 5, column: 3 }],
    },
    {
      // Top-level await in a module.
      code: `import { pool } from "./db.js";
const client = await pool.connect();
try {
  await client.query("SELECT 1");
} finally {
  client.release();
}`,
      output: `import { pool } from "./db.js";
import { withClient } from "poolguard/runtime";
await withClient(pool, async (client) => {
  await client.query("SELECT 1");
});`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 1 }],
    },
    {
      // BEGIN and COMMIT without a ROLLBACK: withTransaction would add one, so withClient keeps the statements.
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM t");
    await client.query("COMMIT");
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function f(pool) {
  await withClient(pool, async (client) => {
    await client.query("BEGIN");
    await client.query("DELETE FROM t");
    await client.query("COMMIT");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3}],
    },
    {
      // An early return before COMMIT would commit under withTransaction: withClient keeps the transaction as is.
      code: `async function f(pool, id) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    if (!id) return;
    await client.query("DELETE FROM t WHERE id = $1", [id]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function f(pool, id) {
  return await withClient(pool, async (client) => {
    try {
      await client.query("BEGIN");
      if (!id) return;
      await client.query("DELETE FROM t WHERE id = $1", [id]);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3}],
    },

    // ---- Reported, never fixed: the rewrite could change behaviour or stop compiling.
    noFix(
      `async function* rows(pool) {
  const client = await pool.connect();
  try {
    yield await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      "the body uses `yield`",
    ),
    noFix(
      `async function f(pool, ids) {
  for (const id of ids) {
    const client = await pool.connect();
    try {
      if (!id) break;
      await client.query("SELECT $1", [id]);
    } finally {
      client.release();
    }
  }
}`,
      "`break` leaves the body",
      3,
      5,
    ),
    noFix(
      `async function f(pool, ids) {
  outer: for (const id of ids) {
    const client = await pool.connect();
    try {
      for (const x of [1, 2]) {
        if (x === id) continue outer;
      }
      await client.query("SELECT $1", [id]);
    } finally {
      client.release();
    }
  }
}`,
      "`continue` leaves the body",
      3,
      5,
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT $1", [arguments[1]]);
  } finally {
    client.release();
  }
}`,
      "the body uses `arguments`",
    ),
    {
      code: `class Repo extends Base {
  async load() {
    const client = await this.pool.connect();
    try {
      await super.load(client);
    } finally {
      client.release();
    }
  }
}`,
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 3, column: 5, data: { client: "client", pool: "this.pool", helper: "withClient", reason: "the body uses `super`" } }],
    },
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    var total = (await client.query("SELECT count(*) FROM t")).rows[0].count;
  } finally {
    client.release();
  }
  return total;
}`,
      "`total` is declared in the body and used after it",
    ),
    noFix(
      `async function f(pool) {
  let rows;
  const client = await pool.connect();
  try {
    rows = (await client.query("SELECT 1")).rows;
  } finally {
    client.release();
  }
  return rows;
}`,
      "the body assigns `rows`, which is read after the block",
      3,
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  client.query("SELECT 2");
}`,
      "`client` is used after the block",
    ),
    noFix(
      `async function f(pool, other) {
  let client = await pool.connect();
  try {
    client = other;
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      "the client variable `client` is reassigned",
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release(true);
  }
}`,
      "`release()` gets an argument (that destroys the client; the helper cannot)",
    ),
    noFix(
      `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
    metrics.done();
  }
}`,
      "the `finally` block does more than release the client",
    ),
    noFix(
      `async function f(pool, id) {
  const client = await pool.connect();
  try {
    if (!id) return null;
    await client.query("DELETE FROM t WHERE id = $1", [id]);
  } finally {
    client.release();
  }
  return id;
}`,
      "the body returns on some paths but not all, and code follows the block",
    ),
  ],
});

describe("prefer-with-client fixes", () => {
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser },
      plugins: { poolguard: { rules: { "prefer-with-client": rule } } },
      rules: { "poolguard/prefer-with-client": "error" },
    },
  ] as unknown as Linter.Config[];

  const fixable = `import { Pool } from "pg";
const pool = new Pool();
export async function a() {
  const client = await pool.connect();
  try {
    return (await client.query("SELECT 1")).rows;
  } finally {
    client.release();
  }
}
export async function b() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM t");
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}`;

  it("fixes a whole file into code that parses, and a second pass changes nothing", () => {
    const first = linter.verifyAndFix(fixable, config, { filename: "file.ts" });
    expect(first.fixed).toBe(true);
    expect(first.messages).toEqual([]);
    expect(() => parse(first.output, { sourceType: "module" })).not.toThrow();
    expect(first.output).toContain('import { withClient, withTransaction } from "poolguard/runtime";');
    const second = linter.verifyAndFix(first.output, config, { filename: "file.ts" });
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
  });

  it("keeps the code unchanged where it reports without a fix", () => {
    const unsafe = `async function* rows(pool) {
  const client = await pool.connect();
  try {
    yield 1;
  } finally {
    client.release();
  }
}`;
    const result = linter.verifyAndFix(unsafe, config, { filename: "file.ts" });
    expect(result.output).toBe(unsafe);
    expect(result.messages.map((message) => message.message)).toEqual([
      "Client `client` is acquired and released by hand; use `await withClient(pool, async (client) => { … })`, which releases it on every path (not fixed automatically: the body uses `yield`).",
    ]);
  });

  it("turns each ❌ example of the rule's doc into the ✅ example that follows it", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "rules", "prefer-with-client.md"), "utf8");
    const examples = doc.slice(doc.indexOf("## Examples"), doc.indexOf("## Options"));
    const blocks = [...examples.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
    const incorrect = blocks.slice(0, blocks.length / 2);
    const correct = blocks.slice(blocks.length / 2);
    expect(incorrect.length).toBe(2);
    expect(incorrect.map((code) => linter.verifyAndFix(code, config, { filename: "example.ts" }).output)).toEqual(correct);
  });
});
