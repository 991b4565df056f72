// The fixes applied to realistic service code (fixtures/with-client) must compile against @types/pg and the real
// poolguard/runtime types with no new diagnostics, and a second --fix pass must change nothing.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";

const repoRoot = path.join(import.meta.dirname, "..", "..");
const fixtureDir = path.join(repoRoot, "fixtures", "with-client");

const config = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "prefer-with-client": rule } } },
    rules: { "poolguard/prefer-with-client": "error" },
  },
] as unknown as Linter.Config[];

/** Diagnostics of the files under `root`, as "file: message" lines (positions move with the rewrite). */
function diagnosticsOf(tsconfigPath: string, root: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${tsconfigPath}`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file === undefined || diagnostic.file.fileName.startsWith(root))
    .map(
      (diagnostic) =>
        `${diagnostic.file ? path.relative(root, diagnostic.file.fileName) : "(config)"}: ` +
        ts.flattenDiagnosticMessageText(diagnostic.messageText, " "),
    );
}

describe("prefer-with-client on fixtures/with-client", () => {
  const work = mkdtempSync(path.join(tmpdir(), "poolguard-with-client-"));
  // Flat config `files` patterns match below cwd only.
  const linter = new Linter({ configType: "flat", cwd: work });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  cpSync(fixtureDir, work, { recursive: true });
  // Module resolution for pg and @types from the copy.
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
  const sourceDir = path.join(work, "src");
  const files = readdirSync(sourceDir).filter((name) => name.endsWith(".ts"));

  const results = new Map<string, Linter.FixReport>();
  for (const name of files) {
    const file = path.join(sourceDir, name);
    const report = linter.verifyAndFix(readFileSync(file, "utf8"), config, { filename: file });
    results.set(name, report);
    writeFileSync(file, report.output);
  }

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
    ]);
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
    const before = diagnosticsOf(path.join(fixtureDir, "tsconfig.json"), fixtureDir);
    const original = JSON.parse(readFileSync(path.join(fixtureDir, "tsconfig.json"), "utf8")) as {
      compilerOptions: Record<string, unknown>;
    };
    const tsconfigPath = path.join(work, "tsconfig.json");
    writeFileSync(
      tsconfigPath,
      JSON.stringify({
        ...original,
        compilerOptions: {
          ...original.compilerOptions,
          paths: { "poolguard/runtime": [path.join(repoRoot, "src", "runtime", "index.ts")] },
        },
      }),
    );
    const after = diagnosticsOf(tsconfigPath, work + path.sep);
    expect(after).toEqual(before);
  });

  it("changes nothing on a second --fix pass", () => {
    for (const name of files) {
      const text = readFileSync(path.join(sourceDir, name), "utf8");
      const second = linter.verifyAndFix(text, config, { filename: path.join(sourceDir, name) });
      expect(second.fixed, name).toBe(false);
      expect(second.output).toBe(text);
    }
  });
});
