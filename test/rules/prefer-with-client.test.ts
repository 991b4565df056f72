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
      // No semicolons, a lowercase `begin;`, and code after the block that must stay where it is. No import to imitate:
      // the added one takes the quotes of the file's strings.
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
      output: `import { withTransaction } from 'poolguard/runtime'
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
      // A counter of one plain type, read in the body and advanced after it: nothing to narrow, so it is fixed.
      code: `async function f(pool, pages: number) {
  let offset = 0;
  while (offset < pages) {
    const client = await pool.connect();
    try {
      await client.query("SELECT $1", [offset]);
    } finally {
      client.release();
    }
    offset += 1;
  }
}`,
      output: `${IMPORT}async function f(pool, pages: number) {
  let offset = 0;
  while (offset < pages) {
    await withClient(pool, async (client) => {
      await client.query("SELECT $1", [offset]);
    });
    offset += 1;
  }
}`,
      errors: [{ messageId: "preferWithClient", line: 4, column: 5 }],
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
    {
      // After COMMIT the return reads a property of a row that may not exist: `rows[0].id` throws when nothing
      // matched. The original throws after COMMIT, its work committed; withTransaction would evaluate the return
      // before COMMIT and roll it back. withClient keeps the transaction as it is (found by running the rewrite:
      // test/rules/rewrite-behaviour.test.ts).
      code: `async function f(pool, name) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("INSERT INTO t (name) VALUES ($1) RETURNING id", [name]);
    await client.query("COMMIT");
    return rows[0].id;
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function f(pool, name) {
  return await withClient(pool, async (client) => {
    try {
      await client.query("BEGIN");
      const { rows } = await client.query("INSERT INTO t (name) VALUES ($1) RETURNING id", [name]);
      await client.query("COMMIT");
      return rows[0].id;
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // Its twin: a query's rows, or a row of them (undefined when none), cannot throw: withTransaction.
      code: `async function f(pool, name) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query("INSERT INTO t (name) VALUES ($1) RETURNING id", [name]);
    const { rows } = await client.query("SELECT count(*) FROM t");
    await client.query("COMMIT");
    return { first: result.rows[0], count: rows[0], all: result.rowCount };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}`,
      output: `import { withTransaction } from "poolguard/runtime";
async function f(pool, name) {
  return await withTransaction(pool, async (client) => {
    const result = await client.query("INSERT INTO t (name) VALUES ($1) RETURNING id", [name]);
    const { rows } = await client.query("SELECT count(*) FROM t");
    return { first: result.rows[0], count: rows[0], all: result.rowCount };
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
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
    expect(() => tsParser.parse(first.output, { sourceType: "module" })).not.toThrow();
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
