// Dev script, not run in CI: lints whole local work trees with `configs.recommended` (untyped, the TypeScript parser
// for every file) and prints what a person needs to judge poolguard on real code: every finding, every `.connect(`
// call of any receiver whose enclosing function got no finding (so each silent site can be read), and totals.
// Usage: npm run realworld:repos -- <dir> [<dir>…]   (see README.md here)
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter, type Rule } from "eslint";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import plugin from "../../src/plugin.js";

const LINTED = /\.(js|ts|mjs|cjs|tsx)$/;
const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist", "build", ".git"]);
/** Bundles and generated files are not code anyone wrote by hand; they only cost time. */
const MINIFIED = /[.-]min\.[cm]?js$/;
const LARGEST_FILE_BYTES = 512 * 1024;

/** Every lintable file under `root`, skipping dependency, output and minified files. */
function sourceFiles(root: string): { files: string[]; skipped: number } {
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

function lintConfig(): Linter.Config[] {
  return [
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.mjs", "**/*.cjs"],
      languageOptions: { parser: tsParser },
      linterOptions: { reportUnusedDisableDirectives: "off" },
    },
    // JSX in .js files (React projects); .ts and .tsx are decided by their extension.
    { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    plugin.configs.recommended as Linter.Config,
    {
      plugins: { "lint-repos": { rules: { [CONNECT_SITE]: connectSites } } },
      rules: { [`lint-repos/${CONNECT_SITE}`]: "warn" },
    },
  ];
}

interface Totals {
  files: number;
  skipped: number;
  unparsable: number;
  crashed: number;
  findings: Map<string, number>;
  sites: number;
  silentSites: number;
}

async function lintTree(root: string, totals: Totals): Promise<void> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: lintConfig(), ignore: false });
  const { files, skipped } = sourceFiles(root);
  totals.files += files.length;
  totals.skipped += skipped;
  console.log(`\n## ${root} (${files.length} files, ${skipped} skipped)`);
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const text = readFileSync(file, "utf8");
    let messages: Linter.LintMessage[];
    try {
      messages = (await eslint.lintText(text, { filePath: file }))[0]?.messages ?? [];
    } catch (error) {
      // A rule that throws is a poolguard bug worth seeing, not a reason to stop the run.
      totals.crashed++;
      console.log(`CRASH ${relative}: ${(error as Error).message.split("\n")[0]}`);
      continue;
    }
    if (messages.some((message) => message.fatal)) {
      totals.unparsable++;
      continue;
    }
    const findings = messages.filter((message) => message.ruleId?.startsWith("poolguard/"));
    for (const finding of findings) {
      totals.findings.set(finding.ruleId!, (totals.findings.get(finding.ruleId!) ?? 0) + 1);
      console.log(`FINDING ${relative}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`);
    }
    const lines = text.split("\n");
    for (const site of messages.filter((message) => message.ruleId === `lint-repos/${CONNECT_SITE}`)) {
      totals.sites++;
      const [start, end] = site.message.split("-").map(Number) as [number, number];
      if (findings.some((finding) => finding.line >= start && finding.line <= end)) continue;
      totals.silentSites++;
      console.log(`SILENT ${relative}:${site.line} ${lines[site.line - 1]?.trim().slice(0, 120)}`);
    }
  }
}

const roots = process.argv.slice(2).filter((argument) => argument !== "--");
if (roots.length === 0) {
  console.error("lint-repos: give one or more directories to lint, e.g. npm run realworld:repos -- ../some-repo");
  process.exit(2);
}
const missing = roots.filter((root) => !statSync(root, { throwIfNoEntry: false })?.isDirectory());
if (missing.length > 0) {
  console.error(`lint-repos: not a directory: ${missing.join(", ")}. Pass the work trees to lint.`);
  process.exit(2);
}

const totals: Totals = { files: 0, skipped: 0, unparsable: 0, crashed: 0, findings: new Map(), sites: 0, silentSites: 0 };
const started = performance.now();
for (const root of roots) await lintTree(path.resolve(root), totals);
const seconds = (performance.now() - started) / 1000;

console.log("\n## Totals");
console.log(`files linted: ${totals.files} (skipped minified/large: ${totals.skipped}; unparsable: ${totals.unparsable}; rule crashes: ${totals.crashed})`);
for (const [rule, count] of [...totals.findings].sort()) console.log(`findings ${rule}: ${count}`);
console.log(`.connect( sites: ${totals.sites}, of which silent (no finding in the enclosing function): ${totals.silentSites}`);
console.log(`time: ${seconds.toFixed(1)} s`);
