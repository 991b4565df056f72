// The lifetime analysis replays ESLint's precomputed traversal when it can, and listens to the whole file when it
// cannot (an ESLint without SourceCode#traverse). Both ways must report the same problems, with the same
// suggestions, on every file: the fixtures, generated service code dense with acquisitions, and shapes chosen for
// the replay's edge cases (functions inside template literals, nested and module-level acquisitions, helpers).
import tsParser from "@typescript-eslint/parser";
import { Linter, type ESLint } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generatePoolCode } from "../../bench/corpus/pool-code.js";

const replaying = (await import("../../src/plugin.js")).default;
const { traversalSteps } = await import("../../src/analysis/lifetime/traversal-replay.js");
vi.resetModules();
let fallbacks = 0;
vi.doMock("../../src/analysis/lifetime/traversal-replay.js", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/analysis/lifetime/traversal-replay.js")>()),
  traversalSteps: () => {
    fallbacks++;
    return null;
  },
}));
const listening = (await import("../../src/plugin.js")).default;

const root = path.join(import.meta.dirname, "..", "..", "fixtures");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const shapes = `
import { Pool } from "pg";
const pool = new Pool();
const held = await pool.connect();
const label = \`\${await (async () => { const c = await pool.connect(); return c.query("SELECT 1"); })()}\`;
export function finish(client) {
  client.release();
}
export async function handOver() {
  const client = await pool.connect();
  await client.query("SELECT 1");
  finish(client);
}
export async function outer() {
  const client = await pool.connect();
  const inner = async () => {
    const other = await pool.connect();
    try { await other.query("SELECT 2"); } finally { other.release(); }
  };
  await inner();
  if (Math.random() > 0.5) return;
  client.release();
  client.release();
}
export function callback() {
  pool.connect((err, client, done) => {
    if (err) return;
    client.query(\`SELECT \${[1].map((n) => n)}\`, () => done());
  });
}
export class Repository {
  constructor(private readonly db: Pool) {}
  load = async (id: string) => {
    const client = await this.db.connect();
    if (!id) return null;
    try { return await client.query("SELECT $1", [id]); } finally { client.release(); }
  };
  rows = [1].map(async () => {
    const client = (await pool.connect()) as unknown as { release(): void; query(sql: string): Promise<unknown> };
    await client.query("SELECT 1");
  });
  static {
    void (async () => {
      const client = await pool.connect();
      await client.query("SELECT 1") satisfies unknown;
      client.release();
    })();
  }
}
export async function afterClass() {
  const client = await pool.connect();
  client.release();
  await client.query("SELECT 1");
}
`;

const corpus: Array<[string, string]> = [
  ...sourceFiles(root).map((file): [string, string] => [path.relative(root, file), readFileSync(file, "utf8")]),
  ...[1, 2, 3, 4].map((seed): [string, string] => [`generated-${seed}.ts`, generatePoolCode(600, { seed, acquireRate: 0.5 }).text]),
  ["shapes.ts", shapes],
];

const LEAKED = "poolguard/no-leaked-client";
const USED = "poolguard/no-use-after-release";

function lint(plugin: typeof replaying, name: string, text: string, rules?: Linter.RulesRecord) {
  const config: Linter.Config = {
    files: ["**/*.ts", "**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: plugin as unknown as ESLint.Plugin },
    rules: rules ?? (plugin.configs.strict.rules as Linter.RulesRecord),
  };
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(text, config, name.replace(/\.(js|mjs|cjs)$/, ".ts"));
  // The replaying copy replays wherever it can: ESLint's steps are there for every file of the corpus.
  if (plugin === replaying) expect(traversalSteps(linter.getSourceCode()! as never)).not.toBeNull();
  return messages
    .map(({ ruleId, messageId, line, column, endLine, endColumn, fatal, suggestions }) => ({
      ruleId,
      messageId,
      fatal,
      at: [line, column, endLine, endColumn],
      suggestions: suggestions?.map((suggestion) => [suggestion.messageId, suggestion.fix]),
    }));
}

describe("the lifetime analysis, replayed or listened", () => {
  it.each(corpus)("reports the same on %s", (name, text) => {
    const before = fallbacks;
    const listened = lint(listening, name, text);
    expect(lint(replaying, name, text)).toEqual(listened);
    expect(listened.filter((message) => message.fatal)).toEqual([]);
    // The listening copy really listened wherever it had something to follow.
    if (listened.some((message) => message.ruleId === LEAKED)) expect(fallbacks).toBeGreaterThan(before);
  });

  // The two rules share one analysis per file (lifetime.ts): whichever asks first runs it, the other collects.
  it.each([
    ["the leak rule alone", { [LEAKED]: "error" }],
    ["the use-after-release rule alone", { [USED]: "error" }],
    ["the leak rule first", { [LEAKED]: "error", [USED]: "error" }],
    ["the use-after-release rule first", { [USED]: "error", [LEAKED]: "error" }],
  ] as Array<[string, Linter.RulesRecord]>)("reports the same with %s", (_name, rules) => {
    let reported = 0;
    for (const [name, text] of corpus.filter(([file]) => file === "shapes.ts" || file === "generated-1.ts")) {
      const listened = lint(listening, name, text, rules);
      expect(lint(replaying, name, text, rules)).toEqual(listened);
      reported += listened.length;
    }
    expect(reported).toBeGreaterThan(0);
  });

  it("finds problems in the generated code and the shapes (the comparison is not of empty lists)", () => {
    const reported = corpus
      .filter(([name]) => name.startsWith("generated") || name === "shapes.ts")
      .map(([name, text]) => lint(replaying, name, text));
    for (const messages of reported) expect(messages.some((message) => message.ruleId === LEAKED)).toBe(true);
    expect(reported.at(-1)!.map((message) => message.messageId)).toEqual(
      expect.arrayContaining(["neverReleased", "earlyExit", "doubleRelease"]),
    );
  });
});
