// Dev script, not run in CI: compares two findings files of at-large/lint.ts (before, after) and prints, per
// repository, the findings and crashes added and gone and the findings whose message changed, then the totals.
// Only the repositories both runs linted are compared (the headers' `linted` lists; a file without one, written
// before lint.ts had --present and --repos, counts as having linted all the other run linted); `--repos FILE`
// narrows that to the repositories FILE names. The records of the others are left out, and counted.
// Usage: npx tsx test/realworld/at-large/diff.ts [--repos FILE] BEFORE.jsonl AFTER.jsonl   (exit 1 when anything differs)
import { readFileSync } from "node:fs";
import { readFindingsFile, recordKey, type FindingRecord } from "./findings-file.js";
import { comparedRepositories, lintedRepositories, readListWords } from "./repo-set.js";

const reposIndex = process.argv.indexOf("--repos");
const reposFile = reposIndex === -1 ? undefined : process.argv.splice(reposIndex, 2)[1];
if (reposIndex !== -1 && (!reposFile || reposFile.startsWith("--"))) {
  console.error("at-large/diff: --repos needs a file");
  process.exit(2);
}
const [beforeFile, afterFile] = process.argv.slice(2).filter((argument) => argument !== "--");
if (!beforeFile || !afterFile) {
  console.error("at-large/diff: give two findings files, e.g. npx tsx test/realworld/at-large/diff.ts before.jsonl after.jsonl");
  process.exit(2);
}

function show(record: FindingRecord): string {
  return "crash" in record
    ? `${record.file} CRASH ${record.crash}`
    : `${record.file}:${record.line}:${record.column} ${record.rule} ${record.message}`;
}

function byRepo(records: FindingRecord[]): Map<string, Map<string, FindingRecord>> {
  const repos = new Map<string, Map<string, FindingRecord>>();
  for (const record of records) {
    const keyed = repos.get(record.repo) ?? new Map<string, FindingRecord>();
    // Two crashes of one file cannot happen; two findings at one place and rule are one finding said twice.
    keyed.set(recordKey(record), record);
    repos.set(record.repo, keyed);
  }
  return repos;
}

/** A header without its long lists (`linted`, `leftOut`), which the lines below summarise. */
function brief(header: Record<string, unknown>): string {
  const { linted: _linted, leftOut: _leftOut, ...rest } = header;
  return JSON.stringify(rest);
}

const before = readFindingsFile(beforeFile);
const after = readFindingsFile(afterFile);
console.log(`before: ${beforeFile} ${brief(before.header)}`);
console.log(`after:  ${afterFile} ${brief(after.header)}`);
const beforeLinted = lintedRepositories(before.header);
const afterLinted = lintedRepositories(after.header);
const restrict = reposFile ? readListWords(readFileSync(reposFile, "utf8")).map((words) => words[0]!) : undefined;
const compared = comparedRepositories(beforeLinted, afterLinted, restrict);
if (compared) {
  const outside = (records: FindingRecord[]) => records.filter((record) => !compared.has(record.repo));
  const outsideBefore = outside(before.records);
  const outsideAfter = outside(after.records);
  const outsideRepos = new Set([...outsideBefore, ...outsideAfter].map((record) => record.repo));
  for (const [name, list] of [["before", beforeLinted], ["after", afterLinted]] as const) {
    if (!list) console.log(`${name} names no linted repositories (an older file): taken to have linted all the other run linted`);
  }
  console.log(
    `compared: the ${compared.size} repositories both runs linted${reposFile ? ` and ${reposFile} names` : ""}` +
      ` (before linted ${beforeLinted?.length ?? "?"}, after ${afterLinted?.length ?? "?"}); left out:` +
      ` ${outsideBefore.length} records before and ${outsideAfter.length} after, of ${outsideRepos.size} other repositories`,
  );
  before.records = before.records.filter((record) => compared.has(record.repo));
  after.records = after.records.filter((record) => compared.has(record.repo));
} else console.log("compared: every repository (neither file names the repositories it linted)");
const beforeRepos = byRepo(before.records);
const afterRepos = byRepo(after.records);
const totals = { added: 0, gone: 0, reworded: 0, repositories: 0 };
for (const repo of [...new Set([...beforeRepos.keys(), ...afterRepos.keys()])].sort()) {
  const old = beforeRepos.get(repo) ?? new Map<string, FindingRecord>();
  const now = afterRepos.get(repo) ?? new Map<string, FindingRecord>();
  const lines: string[] = [];
  for (const [key, record] of now) {
    const was = old.get(key);
    if (!was) {
      totals.added++;
      lines.push(`  + ${show(record)}`);
    } else if (!("crash" in record) && !("crash" in was) && was.message !== record.message) {
      totals.reworded++;
      lines.push(`  ~ ${show(record)}\n      was: ${was.message}`);
    }
  }
  for (const [key, record] of old) {
    if (now.has(key)) continue;
    totals.gone++;
    lines.push(`  - ${show(record)}`);
  }
  if (lines.length === 0) continue;
  totals.repositories++;
  console.log(`\n## ${repo}`);
  console.log(lines.join("\n"));
}
console.log(
  `\nadded ${totals.added}, gone ${totals.gone}, reworded ${totals.reworded} in ${totals.repositories} repositories` +
    (compared ? ` (of ${compared.size} compared)` : ""),
);
process.exit(totals.added + totals.gone + totals.reworded > 0 ? 1 : 0);
