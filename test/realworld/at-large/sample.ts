// Dev script, not run in CI: draws the precision sample of an at-large round from one section of repos.txt (the
// repositories first judged in round three, `--half never`; those added for round four, `--half round4`, for round
// five, `--half round5`, for round six, `--half round6`, for round seven, `--half round7`, for round eight, `--half
// round8`, for round nine, `--half round9`, for round ten, `--half round10`, for round eleven, `--half round11`, for
// round twelve, `--half round12`, for round thirteen, `--half round13`, for round fourteen, `--half round14`, for round
// fifteen, `--half round15`, for round sixteen, `--half round16`, for round seventeen, `--half round17`, for round
// eighteen, `--half round18`, for round nineteen, `--half round19`, for round twenty, `--half round20`, or for round
// twenty-one, `--half round21`; or with
// `--half sources` the corpus sources) — findings stratified by rule (each rule's share of the findings, at least
// `--min-per-rule` of every rule that has findings) and silent `.connect(` sites, at most `--per-repo` items of one
// repository in each draw, with a seeded generator so that the same files give the same sample. Prints the seed and
// every item drawn.
// Usage: npx tsx test/realworld/at-large/sample.ts [--seed N] [--findings 60] [--sites 40]
//          [--half never|round4|…|round21|sources] [--per-repo 3] [--min-per-rule 5] [--rule R | --skip-rule R]
//          FINDINGS.jsonl SITES.jsonl
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readFindingsFile, type FindingRecord } from "./findings-file.js";

const here = path.dirname(fileURLToPath(import.meta.url));

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`at-large/sample: ${name} must be a non-negative integer, got "${process.argv[index + 1]}"`);
    process.exit(2);
  }
  process.argv.splice(index, 2);
  return value;
}

const seed = numberOption("--seed", 20261205);
const findingCount = numberOption("--findings", 60);
const siteCount = numberOption("--sites", 40);
const minPerRule = numberOption("--min-per-rule", 5);
const perRepo = numberOption("--per-repo", 3);
/** `--rule R` keeps only rule R's findings, `--skip-rule R` leaves them out (both may repeat). */
function ruleFilter(name: string): string[] {
  const rules: string[] = [];
  for (let index = process.argv.indexOf(name); index !== -1; index = process.argv.indexOf(name)) {
    rules.push(process.argv.splice(index, 2)[1] ?? "");
  }
  return rules;
}
const onlyRules = ruleFilter("--rule");
const skippedRules = ruleFilter("--skip-rule");
/** Each section of repos.txt, by the header comment that opens it. */
const SECTIONS = {
  never: "# Never judged",
  round4: "# Round four",
  round5: "# Round five",
  round6: "# Round six",
  round7: "# Round seven",
  round8: "# Round eight",
  round9: "# Round nine",
  round10: "# Round ten",
  round11: "# Round eleven",
  round12: "# Round twelve",
  round13: "# Round thirteen",
  round14: "# Round fourteen",
  round15: "# Round fifteen",
  round16: "# Round sixteen",
  round17: "# Round seventeen",
  round18: "# Round eighteen",
  round19: "# Round nineteen",
  round20: "# Round twenty",
  round21: "# Round twenty-one",
  sources: "# Sources",
} as const;
type Half = keyof typeof SECTIONS;
const halfIndex = process.argv.indexOf("--half");
const half = halfIndex === -1 ? "never" : process.argv.splice(halfIndex, 2)[1];
if (!(half in SECTIONS)) {
  console.error(`at-large/sample: --half must be one of ${Object.keys(SECTIONS).join(", ")}, got "${half}"`);
  process.exit(2);
}
const [findingsFile, sitesFile] = process.argv.slice(2).filter((argument) => argument !== "--");
if (!findingsFile || !sitesFile) {
  console.error("at-large/sample: give the findings file and the sites file that at-large/lint.ts wrote (--sites)");
  process.exit(2);
}

/** mulberry32: small, seeded, good enough to shuffle a sample reproducibly. */
function generator(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(seed);

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Takes `count` items in shuffled order, at most `perRepo` of one repository. */
function draw<T extends { repo: string }>(items: T[], count: number): T[] {
  const taken: T[] = [];
  const perRepository = new Map<string, number>();
  for (const item of shuffled(items)) {
    if (taken.length >= count) break;
    const seen = perRepository.get(item.repo) ?? 0;
    if (seen >= perRepo) continue;
    perRepository.set(item.repo, seen + 1);
    taken.push(item);
  }
  return taken;
}

/** The repositories of one section of repos.txt, the lines under its header comment. */
function section(which: Half): Set<string> {
  const repos = new Set<string>();
  let current: Half | undefined;
  for (const line of readFileSync(path.join(here, "repos.txt"), "utf8").split("\n")) {
    // A whole-word match: "# Round four" must not take the header of "# Round fourteen".
    const header = (Object.keys(SECTIONS) as Half[]).find(
      (name) => line.startsWith(SECTIONS[name]) && !/[\w-]/.test(line.charAt(SECTIONS[name].length)),
    );
    if (header) current = header;
    else if (current === which && /^[^#\s]/.test(line)) repos.add(line.split(/\s+/)[0]!);
  }
  return repos;
}

const judgedNever = section(half as Half);
type Finding = Extract<FindingRecord, { rule: string }>;
const findings = readFindingsFile(findingsFile).records.filter(
  (record): record is Finding =>
    "rule" in record && judgedNever.has(record.repo) && (onlyRules.length === 0 || onlyRules.includes(record.rule)) &&
    !skippedRules.includes(record.rule),
);
const sites = readFileSync(sitesFile, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { repo: string; file: string; line: number; text: string })
  .filter((site) => judgedNever.has(site.repo));

console.log(`seed ${seed}; half ${half}: repositories ${judgedNever.size}; findings ${findings.length}; silent sites ${sites.length}`);
const byRule = new Map<string, Finding[]>();
for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
for (const [rule, items] of [...byRule].sort()) {
  const share = Math.round((findingCount * items.length) / Math.max(findings.length, 1));
  const quota = Math.min(items.length, Math.max(minPerRule, share));
  console.log(`\n## ${rule}: ${items.length} findings, ${quota} drawn`);
  for (const f of draw(items, quota)) console.log(`F ${f.repo} ${f.file}:${f.line}:${f.column} ${f.messageId} — ${f.message}`);
}
console.log(`\n## silent sites: ${sites.length}, ${Math.min(siteCount, sites.length)} drawn (in order; skip a site that is no pg checkout)`);
for (const s of draw(sites, sites.length)) console.log(`S ${s.repo} ${s.file}:${s.line} ${s.text}`);
