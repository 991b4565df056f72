// Lints files through the ESLint API with one of the plugin's configs, and reads the `// expect: rule` annotations
// the fixtures carry (see fixtures/rules/README.md).
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import plugin from "../../src/plugin.js";

export const repositoryRoot = path.resolve(import.meta.dirname, "..", "..");

/** "line:rule" for every finding of a poolguard rule, sorted. */
export type Findings = string[];

export interface LintOutcome {
  findings: Findings;
  /** Messages without a rule: parse errors and rule crashes, as "file:line message". */
  fatal: string[];
}

/** Which parser reads JavaScript files: typescript-eslint's (as for TypeScript files), or ESLint's default, espree,
 * as README's eslint.config.mjs leaves `.js`, `.mjs` and `.cjs` files (the parser set for TypeScript files alone). */
export type JavaScriptParser = "typescript" | "espree";

/** Lints `patterns` (relative to the repository) with `configs[configName]`, TypeScript parser for TypeScript files
 * and, unless `javascript` is "espree", for JavaScript files too. */
export async function lintWithConfig(
  configName: keyof typeof plugin.configs,
  patterns: string[],
  tsconfigRootDir?: string,
  javascript: JavaScriptParser = "typescript",
): Promise<Map<string, LintOutcome>> {
  const config = plugin.configs[configName] as Linter.Config;
  const eslint = new ESLint({
    cwd: repositoryRoot,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: javascript === "espree" ? ["**/*.ts"] : ["**/*.ts", "**/*.js", "**/*.mjs", "**/*.cjs"],
        languageOptions: {
          parser: tsParser,
          ...(tsconfigRootDir ? { parserOptions: { tsconfigRootDir } } : {}),
        },
      },
      config,
    ],
  });
  const results = await eslint.lintFiles(patterns);
  const outcomes = new Map<string, LintOutcome>();
  for (const result of results) {
    const relative = path.relative(repositoryRoot, result.filePath);
    outcomes.set(relative, {
      findings: result.messages
        .filter((message) => message.ruleId?.startsWith("poolguard/"))
        .map((message) => `${message.line}:${message.ruleId}`)
        .sort(),
      fatal: result.messages
        .filter((message) => message.ruleId === null || message.fatal)
        .map((message) => `${relative}:${message.line} ${message.message}`),
    });
  }
  return outcomes;
}

/** "line:rule" for every `// <marker>: rule, rule` annotation in the file, sorted. */
export function expectedFindings(file: string, marker = "expect"): Findings {
  const pattern = new RegExp(`//\\s*${marker}:\\s*(.+)$`);
  const expected: Findings = [];
  readFileSync(path.join(repositoryRoot, file), "utf8")
    .split("\n")
    .forEach((line, index) => {
      const match = pattern.exec(line);
      if (!match?.[1]) return;
      for (const rule of match[1].split(",")) expected.push(`${index + 1}:${rule.trim()}`);
    });
  return expected.sort();
}

const LINTED = /\.(ts|js|mjs|cjs)$/;

/** Every lintable file under `directory` (relative to the repository), as repository-relative paths, sorted. */
export function lintableFiles(directory: string): string[] {
  return readdirSync(path.join(repositoryRoot, directory), { recursive: true, encoding: "utf8" })
    .filter((entry) => LINTED.test(entry) && !entry.endsWith(".d.ts"))
    .map((entry) => path.join(directory, entry))
    .sort();
}
