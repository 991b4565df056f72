// Dev script, not run in CI: compares two findings files of at-large/lint.ts (before, after) and prints, per
// repository, the findings and crashes added and gone and the findings whose message changed, then the totals.
// Usage: npx tsx test/realworld/at-large/diff.ts BEFORE.jsonl AFTER.jsonl   (exit 1 when anything differs)
import { readFindingsFile, recordKey, type FindingRecord } from "./findings-file.js";

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

const before = readFindingsFile(beforeFile);
const after = readFindingsFile(afterFile);
console.log(`before: ${beforeFile} ${JSON.stringify(before.header)}`);
console.log(`after:  ${afterFile} ${JSON.stringify(after.header)}`);
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
console.log(`\nadded ${totals.added}, gone ${totals.gone}, reworded ${totals.reworded} in ${totals.repositories} repositories`);
process.exit(totals.added + totals.gone + totals.reworded > 0 ? 1 : 0);
