// Runtime proof for the held span: a script that ends with `pool.end()` still finishes once rewritten. Had the
// rewrite moved `pool.end()` into the callback, `end()` would wait for the client the callback holds until it
// returns, and the script would never exit (a pool of one client makes a second checkout inside hang the same way).
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
// Resolved from the repository root, where the rewritten script runs.
const importSource = "./src/runtime/index.ts";

const config = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "no-leaked-client": noLeakedClient, "prefer-with-client": preferWithClient } } },
    rules: {
      "poolguard/no-leaked-client": ["error", { importSource }],
      "poolguard/prefer-with-client": ["error", { importSource }],
    },
  },
] as unknown as Linter.Config[];

/** The one rewrite offered for `code` (the suggestion or the fix), applied. */
function rewritten(code: string): string {
  const linter = new Linter({ configType: "flat", cwd: repoRoot });
  const messages = linter.verify(code, config, { filename: path.join(repoRoot, "script.ts") });
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : (message.suggestions ?? []).map((s) => s.fix)));
  expect(fixes).toHaveLength(1);
  const [fix] = fixes as [Linter.LintMessage["fix"] & object];
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** Runs a module from the repository root; resolves with its exit code and output, or kills it after `limitMs`. */
async function run(code: string, limitMs: number): Promise<{ exitCode: number | null; output: string; killed: boolean }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // A bounded deadline, not a sleep: the exit event ends the wait as soon as it comes.
  const deadline = setTimeout(() => child.kill("SIGKILL"), limitMs);
  const [exitCode] = (await once(child, "exit")) as [number | null];
  clearTimeout(deadline);
  return { exitCode, output, killed: child.signalCode === "SIGKILL" };
}

const PROLOGUE = `import pg from "pg";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
`;

describe("a rewritten script that ends with pool.end()", () => {
  it("no-leaked-client's suggestion keeps pool.end() after the callback, and the script finishes", async () => {
    const script = rewritten(`${PROLOGUE}const client = await pool.connect();
const { rows } = await client.query("SELECT 41 + 1 AS answer");
client.release();
console.log(rows[0].answer);
await pool.end();
`);
    expect(script).toBe(`import pg from "pg";
import { withClient } from "./src/runtime/index.ts";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const rows = await withClient(pool, async (client) => {
  const { rows } = await client.query("SELECT 41 + 1 AS answer");
  return rows;
});
console.log(rows[0].answer);
await pool.end();
`);
    const result = await run(script, 20_000);
    expect(result).toEqual({ exitCode: 0, output: "42\n", killed: false });
  });

  it("prefer-with-client's fix of the let form, with a second checkout after it, finishes too", async () => {
    const script = rewritten(`${PROLOGUE}let answer = 0;
let client;
try {
  client = await pool.connect();
  answer = (await client.query("SELECT 6 * 7 AS answer")).rows[0].answer;
} finally {
  client?.release();
}
const again = await pool.query("SELECT $1::int AS answer", [answer]);
console.log(again.rows[0].answer);
await pool.end();
`);
    expect(script).toBe(`import pg from "pg";
import { withClient } from "./src/runtime/index.ts";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
let answer = 0;
answer = await withClient(pool, async (client) => {
  answer = (await client.query("SELECT 6 * 7 AS answer")).rows[0].answer;
  return answer;
});
const again = await pool.query("SELECT $1::int AS answer", [answer]);
console.log(again.rows[0].answer);
await pool.end();
`);
    const result = await run(script, 20_000);
    expect(result).toEqual({ exitCode: 0, output: "42\n", killed: false });
  });
});
