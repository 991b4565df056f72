// Dev script, not run in CI: lints whole local work trees with `configs.recommended` (untyped, the TypeScript parser
// for every file) and prints what a person needs to judge poolguard on real code: every finding, every `.connect(`
// call of any receiver whose enclosing function got no finding (so each silent site can be read), and totals.
// Usage: npm run realworld:repos -- <dir> [<dir>…]   (see README.md here)
import { statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { lintFile, sourceFiles, treeLinter } from "./lint-tree.js";

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
  const eslint = treeLinter(root);
  const { files, skipped } = sourceFiles(root);
  totals.files += files.length;
  totals.skipped += skipped;
  console.log(`\n## ${root} (${files.length} files, ${skipped} skipped)`);
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const outcome = await lintFile(eslint, file);
    if (outcome.kind === "crash") {
      totals.crashed++;
      console.log(`CRASH ${relative}: ${outcome.message}`);
      continue;
    }
    if (outcome.kind === "unparsable") {
      totals.unparsable++;
      continue;
    }
    for (const finding of outcome.findings) {
      totals.findings.set(finding.ruleId!, (totals.findings.get(finding.ruleId!) ?? 0) + 1);
      console.log(`FINDING ${relative}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`);
    }
    totals.sites += outcome.sites;
    totals.silentSites += outcome.silent.length;
    for (const site of outcome.silent) console.log(`SILENT ${relative}:${site.line} ${site.text}`);
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
