// The fixes applied to realistic service code (fixtures/with-client) must compile against @types/pg and the real
// poolguard/runtime types with no new diagnostics, and a second --fix pass must change nothing.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { copyFixture, diagnosticsOf, lintableFiles, pristineDiagnostics, repoRoot, tsconfigWithRuntime } from "../support/fixture-project.js";

const fixtureDir = path.join(repoRoot, "fixtures", "with-client");

const config = [
  {
    files: ["**/*.{ts,js,mjs,cjs}"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "prefer-with-client": rule } } },
    rules: { "poolguard/prefer-with-client": "error" },
  },
] as unknown as Linter.Config[];

/** A copy of a fixtures project (node_modules linked in) whose lintable files are fixed in place. */
function fixedCopy(fixture: string): { work: string; linter: Linter; results: Map<string, Linter.FixReport> } {
  const work = copyFixture(fixture, "poolguard-fixed-");
  // Flat config `files` patterns match below cwd only.
  const linter = new Linter({ configType: "flat", cwd: work });
  const results = new Map<string, Linter.FixReport>();
  for (const name of lintableFiles(work)) {
    const file = path.join(work, name);
    const report = linter.verifyAndFix(readFileSync(file, "utf8"), config, { filename: file });
    results.set(name.split(path.sep).join("/"), report);
    writeFileSync(file, report.output);
  }
  return { work, linter, results };
}

function expectSecondPassUnchanged(work: string, linter: Linter, results: Map<string, Linter.FixReport>): void {
  for (const name of results.keys()) {
    const file = path.join(work, name);
    const text = readFileSync(file, "utf8");
    const second = linter.verifyAndFix(text, config, { filename: file });
    expect(second.fixed, name).toBe(false);
    expect(second.output).toBe(text);
  }
}

// Each test runs the TypeScript checker over a fixture project: a minute or more on a loaded machine.
describe("prefer-with-client on fixtures/with-client", { timeout: 180_000 }, () => {
  const { work, linter, results: fixed } = fixedCopy(fixtureDir);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const results = new Map([...fixed].map(([name, report]) => [name.replace(/^src\//, ""), report]));

  it("rewrites every safe block and leaves the unsafe ones reported", () => {
    const rewritten = [...results.values()].map((report) => report.output);
    const calls = rewritten.join("\n").match(/await (withClient|withTransaction)\(/g) ?? [];
    expect(calls.sort()).toEqual([
      "await withClient(",
      "await withClient(",
      "await withClient(",
      "await withClient(",
      "await withTransaction(",
      "await withTransaction(",
      "await withTransaction(",
    ]);
    // The `let client` form lost its declaration, its guarded release and (in a transaction) its catch; a catch that
    // does not use the client stays around the call, where it still sees a failed checkout.
    const audit = results.get("audit-log.ts")?.output ?? "";
    expect(audit).not.toMatch(/let client|release\(\)|ROLLBACK/);
    expect(audit).toContain("  try {\n    return await poolguardWithClient(pool, async (client) => {");
    // The file's own withClient is not poolguard's: poolguard's comes in under a free name (for every block of the
    // file), so the helper's own body does not become a call of itself.
    expect(audit).toContain('import { withClient as poolguardWithClient, withTransaction } from "poolguard/runtime";');
    expect(audit.match(/await poolguardWithClient\(/g)).toHaveLength(3);
    expect(audit).toContain("return await poolguardWithClient(settings.pool, async (client) => {");
    const left = results.get("orders-service.ts")?.messages.map((message) => [message.line, message.message]);
    expect(left).toEqual([
      [expect.any(Number), expect.stringContaining("not fixed automatically: the body uses `yield`")],
      [expect.any(Number), expect.stringContaining("not fixed automatically: `total` is declared in the body and used after it")],
    ]);
    // The transaction statements went into withTransaction; the comment and the template literal survived.
    const users = results.get("users-repository.ts")?.output ?? "";
    expect(users).not.toMatch(/"BEGIN"|"COMMIT"|"ROLLBACK"/);
    expect(users).toContain("// Lock the row so two renames cannot interleave.");
    expect(users).toContain("`UPDATE users\n            SET name = $2\n          WHERE id = $1\n      RETURNING id, email, name`");
  });

  it("type-checks against @types/pg and poolguard/runtime with no new diagnostics", () => {
    const before = pristineDiagnostics(fixtureDir);
    const after = diagnosticsOf(tsconfigWithRuntime(fixtureDir, work), work + path.sep);
    expect(after).toEqual(before);
  });

  it("changes nothing on a second --fix pass", () => {
    expectSecondPassUnchanged(work, linter, fixed);
  });
});

describe("prefer-with-client on fixtures/rules (the leak rules' samples)", { timeout: 180_000 }, () => {
  const rulesFixture = path.join(repoRoot, "fixtures", "rules");
  const { work, linter, results } = fixedCopy(rulesFixture);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("fixes some of the correct manual blocks, and the result type-checks with no new diagnostics", () => {
    expect([...results.values()].filter((report) => report.fixed).length).toBeGreaterThan(0);
    const before = pristineDiagnostics(rulesFixture);
    const after = diagnosticsOf(tsconfigWithRuntime(rulesFixture, work), work + path.sep);
    expect(after).toEqual(before);
  });

  it("changes nothing on a second --fix pass", () => {
    expectSecondPassUnchanged(work, linter, results);
  });
});
