// rewrite-32 and review-32c's proof, kept: prefer-with-client refuses a `return` of a method (or function) of the file
// that gives a promise when it is reached past `holder.find(id)` (method-holders.ts), because the callback would
// return that promise and withClient would hold the client until it settles. Here each shape runs against PostgreSQL
// on a pool of ONE client with a short connectionTimeoutMillis, so that a second checkout made while the first is
// held fails fast ("timeout exceeded when trying to connect") instead of hanging:
// - a shape the rule fixes: the original and ESLint's fixed output (applied here, never pasted) give the caller the
//   same rows or the same error, and leave the pool with the same totalCount / idleCount / waitingCount;
// - a shape the rule refuses: the rule offers no fix, the original returns its row, and the naive fix — what the fix
//   would have been, made by ESLint's fixer from a twin whose holders the analysis cannot see (the definitions above
//   `run` swapped for opaque values, then put back; the fix edits only `run`) — times out waiting for the client it
//   holds itself: on a pool without connectionTimeoutMillis it would hang for ever.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { load, type Run } from "../support/rewrite-behaviour.js";

const TIMEOUT_MS = 250;

const config = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "prefer-with-client": preferWithClient } } },
    rules: { "poolguard/prefer-with-client": "error" },
  },
] as unknown as Linter.Config[];

/** prefer-with-client's one report on `code` (none: null), and its fix applied (null when the rule gives none). */
function lint(code: string): { message: string | null; fixed: string | null } {
  const linter = new Linter({ configType: "flat", cwd: "/snippets" });
  const messages = linter.verify(code, config, { filename: path.join("/snippets", "snippet.ts") });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`the snippet does not parse: ${fatal.message}`);
  if (messages.length === 0) return { message: null, fixed: null };
  if (messages.length !== 1) throw new Error(`expected one report, got ${messages.length}: ${messages.map((m) => m.message).join(" | ")}`);
  const [report] = messages as [Linter.LintMessage];
  if (report.suggestions?.length) throw new Error("prefer-with-client gave a suggestion, not a fix");
  const fix = report.fix;
  return { message: report.message, fixed: fix ? code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]) : null };
}

// The holders reach the pool through a module variable `run` sets (a pool handed as an argument is refused earlier,
// for a reason of its own: a second checkout of the same pool).
const HEAD = `import type { Pool, PoolClient } from "pg";\nlet db: Pool;\n`;
const LOAD = `async function load(id: number) {
  return (await db.query("SELECT $1::int AS id", [id])).rows[0];
}
`;

/** A module exporting `run(pool, id)`: HEAD, the holders, then `run` with `body` in its manual block. */
function snippet(holders: string, body: string): string {
  return `${HEAD}// <holders>\n${holders}// </holders>\nexport async function run(pool: Pool, id: number) {
  db = pool;
  const client = await pool.connect();
  try {
    ${body}
  } finally {
    client.release();
  }
}
`;
}

/**
 * The naive fix of a refused snippet: the holders swapped for opaque values of the same names (the analysis cannot
 * see what they give: an object the file does not write is fixed), ESLint's fix applied to that twin, the holders put
 * back. Throws when the fix touched the holders.
 */
function naiveFix(holders: string, body: string, names: readonly string[]): string {
  const blind = names.map((name) => `const ${name}: any = (globalThis as any).opaque;\n`).join("");
  const twin = snippet(blind, body);
  const { fixed } = lint(twin);
  if (fixed === null) throw new Error(`even the blinded twin is not fixed: ${lint(twin).message}`);
  const region = `// <holders>\n${blind}// </holders>\n`;
  if (fixed.split(region).length !== 2) throw new Error("the fix touched the holders");
  return fixed.replace(region, `// <holders>\n${holders}// </holders>\n`);
}

interface Observed {
  outcome: { returned: unknown } | { threw: string };
  pool: { totalCount: number; idleCount: number; waitingCount: number };
}

let url: string;
const pools: pg.Pool[] = [];

beforeAll(() => {
  url = inject("databaseUrl");
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

/** Runs `run(pool, id)` on a fresh pool of one client, and reads what the caller got and the pool after. */
async function observe(run: Run, id: number): Promise<Observed> {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: TIMEOUT_MS });
  pools.push(pool);
  let outcome: Observed["outcome"];
  try {
    outcome = { returned: await (run as unknown as (pool: pg.Pool, id: number) => Promise<unknown>)(pool, id) };
  } catch (error) {
    outcome = { threw: error instanceof Error ? error.message : String(error) };
  }
  // A checkout still waiting on the pool would show here; give the release of the last client a turn first.
  await new Promise((resolve) => setImmediate(resolve));
  return { outcome, pool: { totalCount: pool.totalCount, idleCount: pool.idleCount, waitingCount: pool.waitingCount } };
}

const SETTLED = { totalCount: 1, idleCount: 1, waitingCount: 0 };

interface RefusedShape {
  name: string;
  holders: string;
  body: string;
  /** The names the holders declare (blinded for the naive fix). */
  names: readonly string[];
  /** How the refusal names the callee. */
  reason: string;
}

const API = `${LOAD}const api = { async find(id: number) { return load(id); } };\n`;

// The roads of method-holders.ts (rewrite-32) and review-32c's.
const refusedShapes: RefusedShape[] = [
  { name: "destructured", holders: API, body: "const { find } = api;\n    return find(id);", names: ["load", "api"], reason: "`find(…)`, an async method of an object of the file" },
  { name: "kept in a const", holders: API, body: "const find = api.find;\n    return find(id);", names: ["load", "api"], reason: "`find(…)`, an async method of an object of the file" },
  { name: "a spread copy", holders: API, body: "return { ...api }.find(id);", names: ["load", "api"], reason: "`{ ...api }.find(…)`, an async method of an object of the file" },
  { name: "an alias", holders: API, body: "const a = api;\n    return a.find(id);", names: ["load", "api"], reason: "`a.find(…)`, an async method of an object of the file" },
  { name: "Reflect.apply", holders: API, body: "return Reflect.apply(api.find, api, [id]);", names: ["load", "api"], reason: "`api.find(…)`, an async method of an object of the file" },
  { name: "bound", holders: LOAD, body: "const keep = load.bind(null);\n    return keep(id);", names: ["load"], reason: "`keep(…)`, an async function of the file" },
  { name: "a Map's get (review-32c)", holders: API, body: 'const m = new Map([["a", api]]);\n    return m.get("a").find(id);', names: ["load", "api"], reason: '`m.get("a").find(…)`, a function that may be an async method of an object of the file' },
  {
    name: "a class field arrow (review-32c)",
    holders: `${LOAD}class Repo { find = async (id: number) => load(id); }\n`,
    body: "return new Repo().find(id);",
    names: ["load", "Repo"],
    reason: "`new Repo().find(…)`, an async method of an object of the file",
  },
  {
    name: "a plain method returning a promise, destructured (review-32c; rewrite-33's wording)",
    holders: `const api = { find(id: number) { return db.query("SELECT $1::int AS id", [id]).then((r) => r.rows[0]); } };\n`,
    body: "const { find } = api;\n    return find(id);",
    names: ["api"],
    reason: "`find(…)`, a method of an object of the file that returns a promise",
  },
];

interface FixedShape {
  name: string;
  holders: string;
  body: string;
  /** Each id is run: 1 returns a row, 0 makes the query fail (division by zero). */
  ids: readonly number[];
}

const CLIENT_API = `const api = { async find(c: PoolClient, id: number) { return (await c.query("SELECT 10 / $1::int AS id", [id])).rows[0]; } };
const plain = { get(id: number) { return { id }; } };
`;

// Their twins the rule fixes: the same roads awaited inside the block, or to a function that gives no promise.
const fixedShapes: FixedShape[] = [
  { name: "destructured, awaited on the client", holders: CLIENT_API, body: "const { find } = api;\n    return await find(client, id);", ids: [1, 0] },
  { name: "kept in a const, awaited on the client", holders: CLIENT_API, body: "const find = api.find;\n    const row = await find(client, id);\n    return row;", ids: [1, 0] },
  { name: "a spread copy of a plain method", holders: CLIENT_API, body: "return { ...plain }.get(id);", ids: [1] },
  { name: "a Map's get of a plain method", holders: CLIENT_API, body: 'const m = new Map([["a", plain]]);\n    return m.get("a")!.get(id);', ids: [1] },
  { name: "an alias, a query on the client then a plain method", holders: CLIENT_API, body: 'const a = plain;\n    const { rows } = await client.query("SELECT 10 / $1::int AS id", [id]);\n    return a.get(rows[0].id);', ids: [1, 0] },
];

describe("prefer-with-client on the method-holder roads, against PostgreSQL (a pool of one client)", () => {
  for (const shape of refusedShapes) {
    it(`refused: ${shape.name} — the original returns its row, the naive fix times out on its own client`, async () => {
      const code = snippet(shape.holders, shape.body);
      const { message, fixed } = lint(code);
      expect(fixed).toBeNull();
      expect(message).toContain(`not fixed automatically: ${shape.reason}`);
      const naive = naiveFix(shape.holders, shape.body, shape.names);
      expect(naive).toContain("withClient(pool, async (client) => {");
      expect(await observe(load(code), 7)).toEqual({ outcome: { returned: { id: 7 } }, pool: SETTLED });
      const started = Date.now();
      expect(await observe(load(naive), 7)).toEqual({ outcome: { threw: "timeout exceeded when trying to connect" }, pool: SETTLED });
      expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
    });
  }

  for (const shape of fixedShapes) {
    it(`fixed: ${shape.name} — the same rows or error, and the same pool after`, async () => {
      const code = snippet(shape.holders, shape.body);
      const { fixed } = lint(code);
      expect(fixed).not.toBeNull();
      expect(lint(fixed!).message, "a report on the fixed code").toBeNull();
      for (const id of shape.ids) {
        const before = await observe(load(code), id);
        const after = await observe(load(fixed!), id);
        expect(after, `id ${id}`).toEqual(before);
        expect(before.pool, `id ${id}`).toEqual(SETTLED);
      }
    });
  }
});
