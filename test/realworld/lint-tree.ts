// How the dev scripts lint real code (lint-repos.ts, at-large/lint.ts): which files of a work tree are linted, the
// configuration (configs.recommended or configs.strict, untyped, the TypeScript parser for every file unless told to
// read JavaScript with espree) and one file's outcome — its poolguard findings, the `.connect(` sites whose function
// got no leak finding (prefer-with-client's report of a correct checkout leaves a site silent), or the crash or parse
// error instead.
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter, type Rule } from "eslint";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import plugin from "../../src/plugin.js";

const LINTED = /\.(js|ts|mjs|cjs|tsx)$/;
const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist", "build", ".git"]);
/** Bundles and generated files are not code anyone wrote by hand; they only cost time. */
const MINIFIED = /[.-]min\.[cm]?js$/;
const LARGEST_FILE_BYTES = 512 * 1024;

/** Every lintable file under `root`, sorted, skipping dependency, output and minified files. */
export function sourceFiles(root: string): { files: string[]; skipped: number } {
  const files: string[] = [];
  let skipped = 0;
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) visit(full);
      } else if (entry.isFile() && LINTED.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        if (MINIFIED.test(entry.name) || statSync(full).size > LARGEST_FILE_BYTES) skipped++;
        else files.push(full);
      }
    }
  };
  visit(root);
  return { files: files.sort(), skipped };
}

const CONNECT_SITE = "connect-site";

/**
 * Reports every `<anything>.connect(…)` call, with the lines of its enclosing function (or the whole file) in the
 * message, so that a site can be matched against poolguard's findings after the lint.
 */
const connectSites: Rule.RuleModule = {
  meta: { type: "suggestion", schema: [], messages: { site: "{{start}}-{{end}}" } },
  create(context) {
    return {
      "CallExpression[callee.type='MemberExpression'][callee.property.name='connect']"(node: Rule.Node) {
        let scope: Rule.Node | null = node.parent;
        while (scope && !/Function/.test(scope.type)) scope = scope.parent;
        const range = scope?.loc ?? context.sourceCode.ast.loc;
        context.report({ node, messageId: "site", data: { start: String(range.start.line), end: String(range.end.line) } });
      },
    };
  },
};

/** recommended: the four leak rules; strict: all five (prefer-with-client too). */
export type RuleSet = "recommended" | "strict";

/**
 * Which parser reads `.js`, `.mjs` and `.cjs` files: the TypeScript parser (the default here), or ESLint's own
 * default parser, espree, as a plain-JavaScript project's flat config has it (its trees lack TypeScript's fields).
 */
export type JsParser = "typescript" | "espree";

function lintConfig(rules: RuleSet, jsParser: JsParser): Linter.Config[] {
  const typescriptFiles = ["**/*.ts", "**/*.tsx"];
  return [
    {
      files: jsParser === "espree" ? typescriptFiles : [...typescriptFiles, "**/*.js", "**/*.mjs", "**/*.cjs"],
      languageOptions: { parser: tsParser },
    },
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    // JSX in .js files (React projects); .ts and .tsx are decided by their extension.
    { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    plugin.configs[rules] as Linter.Config,
    {
      plugins: { "lint-repos": { rules: { [CONNECT_SITE]: connectSites } } },
      rules: { [`lint-repos/${CONNECT_SITE}`]: "warn" },
    },
  ];
}

/** An ESLint instance for the work tree at `root`, configured as above. */
export function treeLinter(root: string, rules: RuleSet = "recommended", jsParser: JsParser = "typescript"): ESLint {
  return new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: lintConfig(rules, jsParser), ignore: false });
}

/** A `.connect(` call whose enclosing function (or file) got no poolguard finding. */
export interface SilentSite {
  line: number;
  /** The source line, trimmed and cut to 120 characters. */
  text: string;
}

export type FileOutcome =
  | { kind: "crash"; message: string }
  | { kind: "unparsable" }
  | { kind: "linted"; findings: Linter.LintMessage[]; sites: number; silent: SilentSite[] };

/** Lints one file; a rule that throws is an outcome (a poolguard bug worth seeing), not a reason to stop a run. */
export async function lintFile(eslint: ESLint, file: string): Promise<FileOutcome> {
  const text = readFileSync(file, "utf8");
  let messages: Linter.LintMessage[];
  try {
    messages = (await eslint.lintText(text, { filePath: file }))[0]?.messages ?? [];
  } catch (error) {
    return { kind: "crash", message: (error as Error).message.split("\n")[0] ?? "" };
  }
  if (messages.some((message) => message.fatal)) return { kind: "unparsable" };
  const findings = messages.filter((message) => message.ruleId?.startsWith("poolguard/"));
  const lines = text.split("\n");
  const siteMessages = messages.filter((message) => message.ruleId === `lint-repos/${CONNECT_SITE}`);
  const silent: SilentSite[] = [];
  for (const site of siteMessages) {
    const [start, end] = site.message.split("-").map(Number) as [number, number];
    const leakFindings = findings.filter((finding) => finding.ruleId !== "poolguard/prefer-with-client");
    if (leakFindings.some((finding) => finding.line >= start && finding.line <= end)) continue;
    silent.push({ line: site.line, text: lines[site.line - 1]?.trim().slice(0, 120) ?? "" });
  }
  return { kind: "linted", findings, sites: siteMessages.length, silent };
}
