// lint-tree.ts's choice of parser for JavaScript files (at-large/lint.ts --js-parser): by default the TypeScript
// parser reads every file, as the baselines were made; with "espree" ESLint's default parser reads .js, .mjs and .cjs
// files, as a plain-JavaScript project's flat config has it, while .ts files stay with the TypeScript parser.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintFile, treeLinter } from "./lint-tree.js";

const root = mkdtempSync(path.join(tmpdir(), "lint-tree-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const full = path.join(root, name);
  writeFileSync(full, text);
  return full;
}

/** Only TypeScript's parser reads a type annotation: what tells the two parsers apart. */
const annotated = "export const limit: number = 10;\n";
const leak = [
  "export async function count(pool) {",
  "  const client = await pool.connect();",
  "  const result = await client.query('SELECT count(*) FROM t');",
  "  client.release();",
  "  return result.rows[0];",
  "}",
  "",
].join("\n");

describe("lint-tree's parser for JavaScript files", () => {
  it("reads .js, .mjs and .cjs with the TypeScript parser by default", async () => {
    const eslint = treeLinter(root, "strict");
    for (const name of ["a.js", "a.mjs", "a.cjs"]) {
      expect((await lintFile(eslint, file(name, annotated))).kind).toBe("linted");
    }
  });

  it("reads .js, .mjs and .cjs with espree when asked, and .ts still with the TypeScript parser", async () => {
    const eslint = treeLinter(root, "strict", "espree");
    for (const name of ["b.js", "b.mjs", "b.cjs"]) {
      expect((await lintFile(eslint, file(name, annotated))).kind).toBe("unparsable");
    }
    expect((await lintFile(eslint, file("b.ts", annotated))).kind).toBe("linted");
  });

  it("gives the same finding under either parser", async () => {
    const full = file("leak.js", leak);
    const found = async (parser: "typescript" | "espree") => {
      const outcome = await lintFile(treeLinter(root, "strict", parser), full);
      if (outcome.kind !== "linted") throw new Error(`${parser}: ${outcome.kind}`);
      return outcome.findings.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));
    };
    const typescript = await found("typescript");
    expect(typescript).toContainEqual(expect.objectContaining({ ruleId: "poolguard/no-leaked-client", line: 2 }));
    expect(await found("espree")).toEqual(typescript);
  });
});
