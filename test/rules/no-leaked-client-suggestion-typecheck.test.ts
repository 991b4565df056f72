// The withClient suggestion of no-leaked-client, accepted on every leak that offers it in the leak rules' samples
// (fixtures/rules), must compile against @types/pg and the real poolguard/runtime types with no new diagnostics, and
// leave no leak behind that offered it.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { copyFixture, diagnosticsOf, lintableFiles, pristineDiagnostics, repoRoot, tsconfigWithRuntime } from "../support/fixture-project.js";

const fixtureDir = path.join(repoRoot, "fixtures", "rules");

const config = [
  {
    files: ["**/*.{ts,js,mjs,cjs}"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "no-leaked-client": rule } } },
    rules: { "poolguard/no-leaked-client": "error" },
  },
] as unknown as Linter.Config[];

/** Accepts the first offered suggestion, lints again, and so on: as a user clicking through the editor would. */
function acceptAll(linter: Linter, text: string, filename: string): { text: string; accepted: number } {
  let accepted = 0;
  for (;;) {
    const offered = linter.verify(text, config, { filename }).find((message) => message.suggestions?.length);
    const fix = offered?.suggestions?.[0]?.fix;
    if (!fix) return { text, accepted };
    text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    accepted += 1;
    if (accepted > 50) throw new Error(`${filename}: suggestions keep coming back`);
  }
}

// Each test runs the TypeScript checker over a fixture project: a minute or more on a loaded machine.
describe("no-leaked-client's withClient suggestion on fixtures/rules", { timeout: 180_000 }, () => {
  const work = copyFixture(fixtureDir, "poolguard-suggested-");
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const linter = new Linter({ configType: "flat", cwd: work });
  const accepted = new Map<string, number>();
  for (const name of lintableFiles(work)) {
    const file = path.join(work, name);
    const result = acceptAll(linter, readFileSync(file, "utf8"), file);
    accepted.set(name.split(path.sep).join("/"), result.accepted);
    writeFileSync(file, result.text);
  }

  it("rewrites the leaks of `const c = await P.connect();` statements and offers nothing more afterwards", () => {
    expect(accepted.get("no-leaked-client/leaky.ts")).toBe(3);
    expect(accepted.get("seed/pattern-1-missing-finally.ts")).toBe(1);
    expect(accepted.get("seed/pattern-2-early-return.ts")).toBe(1);
    const leaky = readFileSync(path.join(work, "no-leaked-client", "leaky.ts"), "utf8");
    expect(leaky.match(/^import \{ withClient \} from "poolguard\/runtime";$/gm)).toHaveLength(1);
    expect(leaky.match(/await withClient\(/g)).toHaveLength(3);
    // Still reported, with no suggestion: one branch only, continue, the promise chain, the callback, the hand-over.
    const left = linter.verify(leaky, config, { filename: path.join(work, "no-leaked-client", "leaky.ts") });
    expect(left.map((message) => [message.messageId, message.suggestions ?? []])).toEqual([
      ["notReleasedOnAllPaths", []],
      ["earlyExit", []],
      ["rejectionSkipsRelease", []],
      ["callbackPathWithoutDone", []],
      ["notHandedOverOnThrow", []],
    ]);
  });

  it("holds the client only up to the release: the code after it stays outside, with the values it needs", () => {
    expect(accepted.get("no-leaked-client/held-span.ts")).toBe(4);
    const heldSpan = readFileSync(path.join(work, "no-leaked-client", "held-span.ts"), "utf8");
    expect(heldSpan).toContain("  const result = await withClient(pool, async (client) => {");
    expect(heldSpan).toContain("    return { rows, total };\n  });\n  console.log(");
    expect(heldSpan).toContain("  status = await withClient(pool, async (client) => {");
    expect(heldSpan).not.toContain("let client");
    // pool.end() stays after the callback, never inside it.
    expect(heldSpan).toMatch(/\n {2}\}\);\n {2}console\.log\(`\$\{total\} orders`, [^\n]*\n {2}await pool\.end\(\);/);
    const left = linter.verify(heldSpan, config, { filename: path.join(work, "no-leaked-client", "held-span.ts") });
    expect(left.map((message) => [message.messageId, message.suggestions ?? []])).toEqual([
      ["notReleasedOnAllPaths", []],
      ["earlyExit", []],
    ]);
  });

  it("type-checks against @types/pg and poolguard/runtime with no new diagnostics", () => {
    const before = pristineDiagnostics(fixtureDir);
    expect(diagnosticsOf(tsconfigWithRuntime(fixtureDir, work), work + path.sep)).toEqual(before);
  });
});
