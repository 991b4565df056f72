// Dev script, not run in CI: lints the at-large set (repos.txt here) the way lint-repos.ts lints a work tree, with
// all five rules (configs.strict), and writes one findings file, to compare runs of poolguard commits with diff.ts.
// Usage: npx tsx test/realworld/at-large/lint.ts [--mirrors DIR] [--trees DIR] [--sites FILE] [--only owner/repo]
//          [--repos FILE] [--present] [--prefilter] [--js-parser typescript|espree] OUT
//   --mirrors  where the bare mirrors are, one <owner>+<repo> directory each (default /work/.mirror)
//   --trees    where each listed commit's source files are extracted (default /tmp/at-large-trees; reused)
//   --sites    also write the silent `.connect(` sites, one JSON line each (for sampling silent checkouts)
//   --repos    lint only the repositories FILE names (first word of a line, `#` comments; each must be in repos.txt)
//   --present  lint only the repositories whose mirror holds the listed commit; the others are left out, named in
//              the header (`leftOut`), and are not an error
//   --prefilter  lint only the files whose text names `connect`, `release`, BEGIN, COMMIT or ROLLBACK (any case):
//              each file is linted alone, so the others' results are unchanged; every finding and silent site of
//              baseline.jsonl at 794db3e is in such a file (the header counts the files passed over: `prefiltered`)
//   --js-parser  what reads .js, .mjs and .cjs files: the TypeScript parser (default, as the baselines were made) or
//              espree, ESLint's default parser, as a plain-JavaScript project lints them (the header says `jsParser`)
// OUT gets a header line (`{"header": …}`: poolguard's commit, the date, totals, `linted`: the repositories linted,
// `leftOut`: those of the chosen set left out), then one JSON line per finding or crash, sorted by repo, file, line,
// column: {repo, file, line, column, rule, messageId, message} or {repo, file, crash}. Without --present, a
// repository whose mirror lacks the listed commit is reported and left out (exit 1).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lintFile, sourceFiles, treeLinter } from "../lint-tree.js";
import { compareRecords, type FindingRecord } from "./findings-file.js";
import { extractSourceTree } from "./mirror-tree.js";
import { chooseRepositories, listedRepositories, readListWords } from "./repo-set.js";

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name: string, fallback: string | undefined): string | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith("--")) {
    console.error(`at-large/lint: ${name} needs a value`);
    process.exit(2);
  }
  process.argv.splice(index, 2);
  return value;
}

const mirrors = option("--mirrors", "/work/.mirror")!;
const trees = option("--trees", "/tmp/at-large-trees")!;
const sitesFile = option("--sites", undefined);
const only = option("--only", undefined);
const reposFile = option("--repos", undefined);
const jsParser = option("--js-parser", "typescript")!;
if (jsParser !== "typescript" && jsParser !== "espree") {
  console.error(`at-large/lint: --js-parser is typescript or espree, got "${jsParser}"`);
  process.exit(2);
}
const presentIndex = process.argv.indexOf("--present");
const presentOnly = presentIndex !== -1;
if (presentOnly) process.argv.splice(presentIndex, 1);
const prefilterIndex = process.argv.indexOf("--prefilter");
const prefilter = prefilterIndex !== -1;
if (prefilter) process.argv.splice(prefilterIndex, 1);
/** What a file that can hold a finding or a `.connect(` site names (--prefilter). */
const MAY_HOLD_FINDINGS = /connect|release|BEGIN|COMMIT|ROLLBACK/i;
const out = process.argv.slice(2).filter((argument) => argument !== "--")[0];
if (!out) {
  console.error("at-large/lint: give the findings file to write, e.g. npx tsx test/realworld/at-large/lint.ts /tmp/after.jsonl");
  process.exit(2);
}

/** The repositories of repos.txt this run is asked to lint: all, those `--repos` names, or the `--only` one. */
function chosenRepositories(): { repo: string; commit: string }[] {
  let chosen = listedRepositories(path.join(here, "repos.txt"));
  if (reposFile) {
    const wanted = readListWords(readFileSync(reposFile, "utf8")).map((words) => words[0]!);
    const choice = chooseRepositories(chosen, wanted);
    if (choice.unknown.length > 0) {
      console.error(`at-large/lint: ${reposFile} names ${choice.unknown.length} repositories repos.txt does not list: ${choice.unknown.join(", ")}`);
      process.exit(2);
    }
    chosen = choice.chosen;
  }
  return only ? chosen.filter(({ repo }) => repo === only) : chosen;
}

function poolguardCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: here, encoding: "utf8" }).trim();
    // Pathspecs from the repository's root (`:/`): the script's own directory has no src/ or rules/.
    const dirty = execFileSync("git", ["status", "--porcelain", "--", ":/src", ":/rules"], { cwd: here, encoding: "utf8" });
    return dirty.trim() ? `${commit} (with uncommitted changes in src/ or rules/)` : commit;
  } catch {
    return "unknown";
  }
}

const records: FindingRecord[] = [];
const silentSites: { repo: string; file: string; line: number; text: string }[] = [];
const missing: string[] = [];
const linted: string[] = [];
const totals = { repositories: 0, files: 0, skipped: 0, prefiltered: 0, unparsable: 0, crashes: 0, findings: 0, sites: 0, silent: 0 };
const started = Date.now();
// The rules were loaded at start: the commit is read then, not when the run ends (HEAD may have moved).
const lintedCommit = poolguardCommit();
const chosen = chosenRepositories();
for (const { repo, commit } of chosen) {
  const root = extractSourceTree(mirrors, trees, repo, commit);
  if (!root) {
    missing.push(repo);
    if (!presentOnly) console.error(`at-large/lint: no mirror of ${repo} holds ${commit} under ${mirrors}; fetch it first`);
    continue;
  }
  totals.repositories++;
  linted.push(repo);
  const eslint = treeLinter(root, "strict", jsParser);
  const { files: all, skipped } = sourceFiles(root);
  const files = prefilter ? all.filter((full) => MAY_HOLD_FINDINGS.test(readFileSync(full, "utf8"))) : all;
  totals.files += files.length;
  totals.skipped += skipped;
  totals.prefiltered += all.length - files.length;
  for (const full of files) {
    const file = path.relative(root, full);
    const outcome = await lintFile(eslint, full);
    if (outcome.kind === "unparsable") totals.unparsable++;
    else if (outcome.kind === "crash") {
      totals.crashes++;
      records.push({ repo, file, crash: outcome.message });
    } else {
      for (const finding of outcome.findings) {
        totals.findings++;
        const { line, column, ruleId, messageId, message } = finding;
        records.push({ repo, file, line, column, rule: ruleId!, messageId: messageId ?? "", message });
      }
      totals.sites += outcome.sites;
      totals.silent += outcome.silent.length;
      for (const site of outcome.silent) silentSites.push({ repo, file, ...site });
    }
  }
  console.error(`${repo}: ${files.length} files`);
}

records.sort(compareRecords);
const header = {
  header: {
    poolguard: lintedCommit,
    date: new Date().toISOString(),
    set: "test/realworld/at-large/repos.txt",
    ...(only ? { only } : {}),
    ...(reposFile ? { repos: reposFile } : {}),
    ...(presentOnly ? { present: true } : {}),
    ...(prefilter ? { prefilter: MAY_HOLD_FINDINGS.source } : {}),
    ...(jsParser === "espree" ? { jsParser } : {}),
    chosen: chosen.length,
    ...totals,
    seconds: Math.round((Date.now() - started) / 1000),
    leftOutCount: missing.length,
    leftOut: missing,
    linted,
  },
};
writeFileSync(out, [header, ...records].map((record) => JSON.stringify(record)).join("\n") + "\n");
if (sitesFile) writeFileSync(sitesFile, silentSites.map((site) => JSON.stringify(site)).join("\n") + "\n");
const { linted: _linted, ...summary } = header.header;
console.error(JSON.stringify(summary));
if (missing.length > 0) {
  console.error(
    presentOnly
      ? `at-large/lint: ${missing.length} of ${chosen.length} repositories left out, their mirror absent or without the listed commit (--present): ${missing.join(", ")}`
      : `at-large/lint: ${missing.length} repositories left out: ${missing.join(", ")}`,
  );
  if (!presentOnly) process.exit(1);
}
