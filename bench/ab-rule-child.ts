// The measurement of `npm run bench:ab` (see ab-rule.ts), run transpiled in plain Node: `node ab-rule-child.js
// <options JSON>`, from the head build, importing the plugin of each side's build.
import type { ESLint, Linter } from "eslint";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildLintCorpus, type CorpusFile, type Origin } from "./corpus/lint-corpus.js";
import { collectGarbage } from "./gc.js";
import { createEslint, parserOnly } from "./lint-config.js";
import { median } from "./stats.js";
import { runEntry } from "./entry.js";

interface Options {
  root: string;
  passes: number;
  quick: boolean;
  baseLabel: string;
}

const sides = ["base", "head"] as const;
type Side = (typeof sides)[number];

/** Per side, per rule: the rule's time on each file in each timed pass (`[pass][file]`). */
type Samples = Record<Side, Map<string, number[][]>>;

async function recommendedOf(build: string): Promise<Linter.Config[]> {
  const plugin = (await import(pathToFileURL(join(build, "src", "plugin.js")).href)) as {
    default: { configs: { recommended: Linter.Config | Linter.Config[] } };
  };
  const recommended = plugin.default.configs.recommended;
  return Array.isArray(recommended) ? recommended : [recommended];
}

/** What a user sees of a file's findings: rule, message, position, suggestions and their edits. */
function findingsOf(results: ESLint.LintResult[]): string {
  return JSON.stringify(
    results.flatMap((result) =>
      result.messages.map((m) => [m.ruleId, m.messageId, m.message, m.line, m.column, m.endLine, m.endColumn, m.fix, m.suggestions]),
    ),
  );
}

async function lintFile(eslint: ESLint, file: CorpusFile): Promise<{ results: ESLint.LintResult[]; ms: number }> {
  const started = performance.now();
  const results = await eslint.lintText(file.text, { filePath: file.filePath, warnIgnored: true });
  return { results, ms: performance.now() - started };
}

function record(samples: Map<string, number[][]>, results: ESLint.LintResult[], pass: number, file: number, files: number, lintMs: number): void {
  const add = (rule: string, ms: number) => {
    let byPass = samples.get(rule);
    if (!byPass) samples.set(rule, (byPass = []));
    const row = (byPass[pass] ??= new Array<number>(files).fill(0));
    row[file]! += ms;
  };
  add("(whole lint)", lintMs);
  for (const result of results) {
    for (const timed of result.stats?.times.passes ?? []) {
      for (const [rule, time] of Object.entries(timed.rules ?? {})) add(rule, time.total);
    }
  }
}

/**
 * What a file of the corpus holds, for the breakdown of each rule's time: a finding of the rules; a `connect(` call
 * (by its text: a checkout the rules judge safe, or another library's connect); one of the names the rules' text
 * tests look for, but no such call; none of them.
 */
type Kind = "finding" | "connect call" | "names only" | "none";
const kinds: readonly Kind[] = ["finding", "connect call", "names only", "none"];

function kindOf(file: CorpusFile, findings: number): Kind {
  if (findings > 0) return "finding";
  if (/\bconnect\s*\(/.test(file.text)) return "connect call";
  return /connect|withClient|withTransaction|query|createQueryRunner/.test(file.text) ? "names only" : "none";
}

/** Each file's samples reduced by `pick`, summed over the files (of `origin` or `kind` only, when given). */
function total(
  byPass: number[][],
  pick: (values: number[]) => number,
  files: readonly CorpusFile[],
  origin?: Origin,
  only?: { kinds: readonly Kind[]; kind: Kind },
): number {
  let sum = 0;
  for (let file = 0; file < files.length; file++) {
    if (origin && files[file]!.origin !== origin) continue;
    if (only && only.kinds[file] !== only.kind) continue;
    sum += pick(byPass.map((pass) => pass[file] ?? 0));
  }
  return sum;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function main(options: Options): Promise<number> {
  const log = (line: string) => process.stderr.write(`[ab] ${line}\n`);
  const corpus = await buildLintCorpus({
    root: join(options.root, "corpus"),
    generatedFiles: options.quick ? 80 : 150,
    nodeModulesFiles: options.quick ? 40 : 80,
  });
  const files = corpus.files;
  const cwd = join(options.root, "corpus");
  const eslints: Record<Side, ESLint> = {
    base: createEslint(cwd, [parserOnly, ...(await recommendedOf(join(options.root, "base")))], { stats: true }),
    head: createEslint(cwd, [parserOnly, ...(await recommendedOf(join(options.root, "head")))], { stats: true }),
  };
  log(`${files.length} files; checking the findings, then 2 warm-up and ${options.passes} timed passes`);

  // The findings first (and a warm-up of both sides): identical, file by file, or nothing is measured.
  let problems = 0;
  const differing: string[] = [];
  const fileKinds: Kind[] = [];
  for (const file of files) {
    const base = await lintFile(eslints.base, file);
    const head = await lintFile(eslints.head, file);
    if (findingsOf(base.results) !== findingsOf(head.results)) differing.push(file.filePath);
    const found = base.results.reduce((sum, result) => sum + result.messages.length, 0);
    fileKinds.push(kindOf(file, found));
    problems += found;
  }
  if (differing.length > 0) {
    console.log(`Findings differ between base and head in ${differing.length} file(s):\n${differing.map((path) => `  ${path}`).join("\n")}`);
    return 1;
  }
  log(`findings identical on both sides (${problems} problems)`);

  const samples: Samples = { base: new Map(), head: new Map() };
  for (let pass = -2; pass < options.passes; pass++) {
    collectGarbage();
    for (const [index, file] of files.entries()) {
      const order: readonly Side[] = (index + pass) % 2 === 0 ? sides : ["head", "base"];
      for (const side of order) {
        const { results, ms } = await lintFile(eslints[side], file);
        if (pass >= 0) record(samples[side], results, pass, index, files.length, ms);
      }
    }
    if (pass >= 0) log(`pass ${pass + 1}/${options.passes}`);
  }

  const min = (values: number[]) => Math.min(...values);
  const zeros = () => Array.from({ length: options.passes }, () => new Array<number>(files.length).fill(0));
  const of = (side: Side, rule: string) => samples[side].get(rule) ?? zeros();
  const rules = [...new Set([...samples.base.keys(), ...samples.head.keys()])].sort((a, b) => (a === "(whole lint)" ? 1 : b === "(whole lint)" ? -1 : a.localeCompare(b)));
  console.log(`\nbase: ${options.baseLabel}; head: the work tree. ${files.length} files, ${options.passes} timed passes, ${problems} problems (identical).`);
  console.log("Per rule, each file's minimum (and median) over the passes, summed over the files, in ms:\n");
  console.log("| rule | base min | head min | head − base | % | base median | head median | % |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const rule of rules) {
    const [base, head] = [of("base", rule), of("head", rule)];
    const [bMin, hMin, bMed, hMed] = [total(base, min, files), total(head, min, files), total(base, median, files), total(head, median, files)];
    const percent = (b: number, h: number) => (b === 0 ? "–" : fixed((100 * (h - b)) / b));
    console.log(`| ${rule} | ${fixed(bMin)} | ${fixed(hMin)} | ${fixed(hMin - bMin)} | ${percent(bMin, hMin)} | ${fixed(bMed)} | ${fixed(hMed)} | ${percent(bMed, hMed)} |`);
  }
  console.log("\nBy origin of the files (per-file minimums, ms, base → head):\n");
  for (const rule of rules) {
    const cells = (["fixtures", "generated", "node_modules"] as const).map((origin) => {
      const b = total(of("base", rule), min, files, origin);
      const h = total(of("head", rule), min, files, origin);
      return `${origin} ${fixed(b)} → ${fixed(h)}`;
    });
    console.log(`- ${rule}: ${cells.join("; ")}`);
  }
  const counts = kinds.map((kind) => `${fileKinds.filter((k) => k === kind).length} ${kind}`).join(", ");
  console.log(`\nBy what the files hold (${counts}; per-file minimums, ms, base → head):\n`);
  const ruleRows = rules.filter((rule) => rule !== "(whole lint)");
  for (const rule of [...ruleRows, "(the rules' sum)"]) {
    const cells = kinds.map((kind) => {
      const only = { kinds: fileKinds, kind };
      const sum = (side: Side) =>
        rule === "(the rules' sum)"
          ? ruleRows.reduce((acc, r) => acc + total(of(side, r), min, files, undefined, only), 0)
          : total(of(side, rule), min, files, undefined, only);
      return `${kind} ${fixed(sum("base"))} → ${fixed(sum("head"))}`;
    });
    console.log(`- ${rule}: ${cells.join("; ")}`);
  }
  const sumOf = (side: Side, pick: (values: number[]) => number) => ruleRows.reduce((acc, r) => acc + total(of(side, r), pick, files), 0);
  const [bSum, hSum] = [sumOf("base", min), sumOf("head", min)];
  console.log(`\nThe rules' sum (per-file minimums): ${fixed(bSum)} → ${fixed(hSum)} ms (${fixed((100 * (hSum - bSum)) / bSum)} %); medians ${fixed(sumOf("base", median))} → ${fixed(sumOf("head", median))}`);
  return 0;
}

runEntry("bench:ab", main(JSON.parse(process.argv[2] ?? "{}") as Options));
