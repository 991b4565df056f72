// One timed pass: per-file times line up with the files, and ESLint's per-rule timing is kept per file too, so the
// report can take each file's median over the passes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEslint, parserOnly } from "../../bench/lint-config.js";
import { attributePauses, interleavedPass, lintPass, type LintPassResult } from "../../bench/lint-pass.js";
import type { PerformanceEntry } from "node:perf_hooks";
import type { Linter } from "eslint";
import plugin from "../../src/plugin.js";

const recommended = plugin.configs.recommended as unknown as Linter.Config;

const root = mkdtempSync(path.join(tmpdir(), "poolguard-lint-pass-"));
const leaky = [
  'import pg from "pg";',
  "const pool = new pg.Pool();",
  "export async function f() {",
  "  const client = await pool.connect();",
  '  await client.query("SELECT 1");',
  "}",
].join("\n");
const files = [
  { filePath: path.join(root, "a.ts"), text: "export const a = 1;\n", lines: 1 },
  { filePath: path.join(root, "b.ts"), text: leaky, lines: 6 },
  { filePath: path.join(root, "c.ts"), text: "export const c = () => 3;\n", lines: 1 },
];

describe("lint passes", () => {
  // ESLint lints the texts under this folder's name (it only needs a cwd): the folder stays empty and goes.
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("keeps each rule's time per file, in the order of the files, adding up to the rule's total", async () => {
    const eslint = createEslint(root, [parserOnly, recommended], { stats: true });
    const result = await lintPass(eslint, files);
    expect(result.fileMs).toHaveLength(3);
    expect(result.problems).toBe(1);
    const leakRule = result.ruleFileMs["poolguard/no-leaked-client"]!;
    expect(leakRule).toHaveLength(3); // ESLint times every rule's create, even on a file it finds nothing to follow in
    for (const [rule, perFile] of Object.entries(result.ruleFileMs)) {
      expect(perFile.reduce((sum, ms) => sum + ms, 0)).toBeCloseTo(result.ruleMs[rule]!, 6);
    }
  });

  it("lints every file once per configuration in an interleaved pass", async () => {
    const sides = [createEslint(root, [parserOnly]), createEslint(root, [parserOnly, recommended])];
    const [bare, withRules] = await interleavedPass(sides, files, 1);
    expect(bare!.fileMs).toHaveLength(3);
    expect(withRules!.fileMs).toHaveLength(3);
    expect(bare!.problems).toBe(0);
    expect(withRules!.problems).toBe(1);
  });

  it("charges each collector pause to the lint during which it began, and none between lints", () => {
    const side = (windows: [number, number][]) =>
      ({ fileWindows: windows, fileGcMs: windows.map(() => 0) }) as unknown as LintPassResult;
    // two sides taking turns on two files: a (0–10), b (10–20), then a (20–30), b (31–40)
    const a = side([[0, 10], [20, 30]]);
    const b = side([[10, 20], [31, 40]]);
    const pause = (startTime: number, duration: number) => ({ startTime, duration }) as PerformanceEntry;
    // out of order, as a list of entries may come; 30.5 falls between two lints, 50 after the last
    attributePauses([pause(35, 4), pause(2, 3), pause(12, 1), pause(30.5, 9), pause(5, 2), pause(50, 7), pause(20, 6)], [a, b]);
    expect(a.fileGcMs).toEqual([5, 6]);
    expect(b.fileGcMs).toEqual([1, 4]);
  });

  it("measures the pauses of an interleaved pass beside each file's time", async () => {
    const sides = [createEslint(root, [parserOnly]), createEslint(root, [parserOnly, recommended])];
    const results = await interleavedPass(sides, files, 0);
    for (const result of results) {
      expect(result.fileGcMs).toHaveLength(3);
      expect(result.fileWindows).toHaveLength(3);
      result.fileGcMs.forEach((ms, file) => expect(ms).toBeLessThanOrEqual(result.fileMs[file]! + 1e-6));
    }
  });
});
