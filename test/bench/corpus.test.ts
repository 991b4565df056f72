import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseForESLint } from "@typescript-eslint/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGeneratedProject, writeScalingFiles } from "../../bench/corpus/generate.js";
import { generatePoolCode } from "../../bench/corpus/pool-code.js";
import { repoRoot } from "../../bench/repo-root.js";
import { isProjectModule } from "../../src/analysis/pools/module-pools.js";

const lineCount = (text: string) => text.split("\n").length - 1;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe("generated pool code", () => {
  it.each([200, 3_000])("has exactly the %i lines asked for and parses as TypeScript", (lines) => {
    const { text } = generatePoolCode(lines, { seed: 7, acquireRate: 0.04 });
    expect(text.endsWith("\n")).toBe(true);
    expect(lineCount(text)).toBe(lines);
    expect(() => parseForESLint(text, { filePath: "generated.ts", sourceType: "module" })).not.toThrow();
  }, 60_000);

  it("acquires a client in the requested share of its functions, at any size", () => {
    for (const lines of [2_000, 20_000]) {
      const { text, stats } = generatePoolCode(lines, { seed: 3, acquireRate: 0.04 });
      expect(stats.acquisitions / stats.functions).toBeGreaterThan(0.035);
      expect(stats.acquisitions / stats.functions).toBeLessThan(0.045);
      // Every acquiring block calls connect() once; nothing else in the generated code does.
      expect(count(text, /\.connect\(/g)).toBe(stats.acquisitions);
    }
  });

  it("writes the same code for the same seed and different code for another", () => {
    const first = generatePoolCode(500, { seed: 11, acquireRate: 0.04 }).text;
    expect(generatePoolCode(500, { seed: 11, acquireRate: 0.04 }).text).toBe(first);
    expect(generatePoolCode(500, { seed: 12, acquireRate: 0.04 }).text).not.toBe(first);
  });

  it("says what was wrong with a size or rate it cannot honour", () => {
    expect(() => generatePoolCode(5, { seed: 1, acquireRate: 0.04 })).toThrow(/lines must be an integer ≥ \d+, got 5/);
    expect(() => generatePoolCode(100, { seed: 1, acquireRate: 2 })).toThrow(/acquireRate must be between 0 and 1, got 2/);
  });
});

describe("corpus on disk", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "poolguard-bench-test-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("writes scaling files of the requested sizes, as many different ones per size as make a measurement", async () => {
    const sizes = await writeScalingFiles(root, [1_000, 10_000], 5_000);
    expect(sizes.map((size) => [size.lines, size.files.length])).toEqual([
      [1_000, 5],
      [10_000, 1],
    ]);
    const all = sizes.flatMap((size) => size.files);
    for (const file of all) expect(lineCount(await readFile(file.path, "utf8"))).toBe(file.lines);
    // Each small file is its own draw, not the same text again.
    expect(new Set(all.map((file) => file.text)).size).toBe(all.length);
    expect(new Set(all.map((file) => file.path)).size).toBe(all.length);
    const acquisitions = (files: readonly { stats: { acquisitions: number } }[]) =>
      files.reduce((sum, file) => sum + file.stats.acquisitions, 0);
    const [small, large] = sizes;
    expect(acquisitions(large!.files) / acquisitions(small!.files.slice(0, 1))).toBeGreaterThan(8);
    expect(acquisitions(large!.files) / acquisitions(small!.files.slice(0, 1))).toBeLessThan(12);
  });

  it("writes a TypeScript project whose tsconfig resolves pg and poolguard/runtime", async () => {
    const project = await writeGeneratedProject(root, 3);
    expect(project.files).toHaveLength(3);
    const tsconfig = JSON.parse(await readFile(join(project.dir, "tsconfig.json"), "utf8"));
    const ts = await import("typescript");
    const parsed = ts.default.parseJsonConfigFileContent(tsconfig, ts.default.sys, project.dir);
    const program = ts.default.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts.default.getPreEmitDiagnostics(program).map((d) =>
      ts.default.flattenDiagnosticMessageText(d.messageText, "\n"),
    );
    expect(diagnostics).toEqual([]);
    // withClient's real types: the runtime's sources are in the program, not an empty declaration.
    const runtimeIndex = join(repoRoot, "src", "runtime", "index.ts");
    expect(program.getSourceFiles().some((file) => file.fileName === runtimeIndex.split("\\").join("/"))).toBe(true);
    // A whole type-checked program (lib, @types/node, pg, the runtime's sources): slow on a busy machine.
  }, 120_000);

  it("resolves poolguard/runtime and pg as packages for the rules, as in a user's project", async () => {
    const [file] = (await writeGeneratedProject(root, 1)).files;
    const [[scaling]] = (await writeScalingFiles(root, [1_000], 1_000)).map((size) => size.files);
    for (const { path, text } of [file!, scaling!]) {
      expect(text).toContain(`from "poolguard/runtime"`);
      expect(isProjectModule(path, "poolguard/runtime")).toBe(false);
      expect(isProjectModule(path, "pg")).toBe(false);
      expect(isProjectModule(path, "./db")).toBe(true);
    }
  });
});
