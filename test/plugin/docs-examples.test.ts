// Every example in docs/rules/*.md is linted with its rule: each ❌ incorrect block must be reported, each ✅ correct
// block must not. New docs are picked up as they land; a doc without both kinds of example fails.
import tsParser from "@typescript-eslint/parser";
import { Linter, type ESLint } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import { repositoryRoot } from "./lint-fixtures.js";

interface Example {
  kind: "incorrect" | "correct";
  language: string;
  code: string;
  line: number;
}

const LINTED_LANGUAGES = new Set(["ts", "typescript", "js", "javascript", "mjs", "cjs"]);

/** The fenced code blocks of the `## Examples` section, each classified by the closest heading or line above it. */
function examplesOf(markdown: string): Example[] {
  const lines = markdown.split("\n");
  const examples: Example[] = [];
  let inExamples = false;
  let kind: Example["kind"] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (/^## /.test(line)) inExamples = /^## Examples\b/.test(line);
    if (!inExamples) continue;
    if (/❌|\bincorrect\b/i.test(line)) kind = "incorrect";
    else if (/✅|\bcorrect\b/i.test(line)) kind = "correct";
    const fence = /^(\s*)(`{3,}|~{3,})(\w*)/.exec(line);
    if (!fence) continue;
    const close = lines.findIndex((candidate, at) => at > index && candidate.trim() === fence[2]);
    if (close === -1) throw new Error(`unclosed code block at line ${index + 1}`);
    const language = fence[3] ?? "";
    if (kind && LINTED_LANGUAGES.has(language)) {
      examples.push({ kind, language, code: lines.slice(index + 1, close).join("\n"), line: index + 1 });
    }
    index = close;
  }
  return examples;
}

function lint(rule: string, example: Example): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  const isTypeScript = example.language === "ts" || example.language === "typescript";
  const extension = isTypeScript ? "ts" : example.language === "cjs" ? "cjs" : "js";
  return linter.verify(
    example.code,
    {
      files: ["**/*.*"],
      languageOptions: { parser: tsParser, sourceType: extension === "cjs" ? "commonjs" : "module" },
      plugins: { poolguard: plugin as unknown as ESLint.Plugin },
      rules: { [`poolguard/${rule}`]: "error" },
    },
    `example.${extension}`,
  );
}

const docsDirectory = path.join(repositoryRoot, "docs", "rules");
const docs = readdirSync(docsDirectory)
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.slice(0, -".md".length))
  .sort();

describe.each(docs)("docs/rules/%s.md", (rule) => {
  const examples = examplesOf(readFileSync(path.join(docsDirectory, `${rule}.md`), "utf8"));

  it("documents a rule of the plugin", () => {
    expect(Object.keys(plugin.rules)).toContain(rule);
  });

  it("has incorrect and correct examples", () => {
    expect(examples.filter((example) => example.kind === "incorrect").length).toBeGreaterThan(0);
    expect(examples.filter((example) => example.kind === "correct").length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))(
    "%s",
    (_label, example) => {
      const messages = lint(rule, example);
      expect(messages.filter((message) => message.fatal || message.ruleId === null)).toEqual([]);
      const findings = messages.filter((message) => message.ruleId === `poolguard/${rule}`);
      if (example.kind === "incorrect") expect(findings.length).toBeGreaterThan(0);
      else expect(findings.map((message) => `${message.line}: ${message.message}`)).toEqual([]);
    },
  );
});
