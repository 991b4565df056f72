// The measurement of `npm run bench:per-file` (see per-file.ts), run transpiled in plain Node: each file of the
// bench corpus linted by `configs.recommended` with ESLint's per-rule timing, pass after pass, each rule's time taken
// as the file's minimum over the passes; then, in one more pass under V8's precise coverage, how many times each of
// poolguard's functions ran on each file (the work the analysis did there, counted, not timed).
import type { ESLint, Linter } from "eslint";
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseForESLint } from "@typescript-eslint/parser";
import { buildLintCorpus, type CorpusFile } from "./corpus/lint-corpus.js";
import { collectGarbage } from "./gc.js";
import { createEslint, parserOnly } from "./lint-config.js";
import { seededRandom, shuffled } from "./seeded-order.js";
import { median } from "./stats.js";
import { runEntry } from "./entry.js";

interface Options {
  root: string;
  passes: number;
  out: string;
  /** The same file order every pass (as bench:ab lints them), instead of a new one each pass. */
  fixedOrder?: boolean;
  /** How many of the dearest files to list. */
  top?: number;
}

const LEAK_RULE = "poolguard/no-leaked-client";

interface Row extends FileShape {
  file: string;
  origin: string;
  lines: number;
  findings: number;
  /** Each rule's per-file minimum over the passes, ms. */
  ms: Record<string, number>;
  /** Calls of poolguard's functions (`module:function`) in one lint of the file. */
  calls: Record<string, number>;
}

/** The dearest files for the leak rule, what the analysis did on each, and the cost by what the files hold. */
function report(rows: readonly Row[], top: number): void {
  const leak = (row: Row) => row.ms[LEAK_RULE] ?? 0;
  const sum = (row: Row) => Object.values(row.ms).reduce((a, b) => a + b, 0);
  const count = (row: Row, ...names: string[]) => names.reduce((n, name) => n + (row.calls[name] ?? 0), 0);
  const total = rows.reduce((n, row) => n + leak(row), 0);
  const sorted = [...rows].sort((a, b) => leak(b) - leak(a));
  console.log(`\n${rows.length} files; ${LEAK_RULE} ${total.toFixed(1)} ms, the rules' sum ${rows.reduce((n, r) => n + sum(r), 0).toFixed(1)} ms (per-file minimums summed)\n`);
  console.log("| file | lines | functions (depth) | findings | `connect(` | followed | paths replayed | segments | solver steps | receivers judged | module reads | leak rule µs | rules' sum µs | cumulative % |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  let running = 0;
  for (const row of sorted.slice(0, top)) {
    running += leak(row);
    console.log(
      `| ${row.file} | ${row.lines} | ${row.functions} (${row.functionDepth}) | ${row.findings} | ${row.connectCalls} | ` +
        `${count(row, "lifetime-plan:planTracking")} | ${count(row, "traversal-replay:replayPath")} | ${count(row, "segments:onStart")} | ` +
        `${count(row, "lifetime-solver:enqueue")} | ${count(row, "pool-detection:matcher")} | ${count(row, "module-pools:summarise", "module-pools:readModuleProgram")} | ` +
        `${(1000 * leak(row)).toFixed(0)} | ${(1000 * sum(row)).toFixed(0)} | ${((100 * running) / total).toFixed(0)} |`,
    );
  }
  const kind = (row: Row) => (row.findings > 0 ? "a finding" : row.connectCalls > 0 ? "`connect(`, no finding" : "neither");
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${kind(row)} | ${row.origin}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  console.log("\n| files hold | origin | files | leak rule ms | µs a file | rules' sum ms |");
  console.log("|---|---|---:|---:|---:|---:|");
  for (const [key, group] of [...groups].sort()) {
    const ms = group.reduce((n, row) => n + leak(row), 0);
    console.log(`| ${key} | ${group.length} | ${ms.toFixed(2)} | ${((1000 * ms) / group.length).toFixed(0)} | ${group.reduce((n, row) => n + sum(row), 0).toFixed(2)} |`);
  }
}

/** Least squares of y on x: intercept, slope and the correlation. */
function fit(xs: readonly number[], ys: readonly number[]): { intercept: number; slope: number; r: number } {
  const n = xs.length;
  const [mx, my] = [xs.reduce((a, b) => a + b, 0) / n, ys.reduce((a, b) => a + b, 0) / n];
  let [sxy, sxx, syy] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope, r: sxy / Math.sqrt(sxx * syy) };
}

/** The leak rule's µs a checkout (a file's time ÷ its `connect(` calls) against what the file is made of; straight-line fits of a file's µs. */
function perCheckout(rows: readonly Row[]): void {
  const leakMicros = (row: Row) => 1000 * (row.ms[LEAK_RULE] ?? 0);
  const checked = rows.filter((row) => row.connectCalls > 0 && row.origin !== "node_modules");
  const dimensions: Array<[keyof FileShape | "lines", number[]]> = [["lines", [50, 100, 175]], ["functions", [5, 15, 30]], ["functionDepth", [1, 2]], ["connectCalls", [1, 3]]];
  for (const [dimension, edges] of dimensions) {
    console.log(`\n| ${dimension} | no finding: files | µs a checkout (median, min–max) | a finding (any rule): files | µs a checkout (median, min–max) |`);
    console.log("|---|---:|---:|---:|---:|");
    for (let bin = 0; bin <= edges.length; bin++) {
      const low = bin === 0 ? -Infinity : edges[bin - 1]!;
      const high = bin === edges.length ? Infinity : edges[bin]!;
      const label = bin === 0 ? `≤ ${high}` : bin === edges.length ? `> ${low}` : `${low + 1}–${high}`;
      const cell = (found: boolean) => {
        const values = checked.filter((row) => row.findings > 0 === found && row[dimension] > low && row[dimension] <= high).map((row) => leakMicros(row) / row.connectCalls);
        return values.length === 0 ? "0 | –" : `${values.length} | ${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
      };
      console.log(`| ${label} | ${cell(false)} | ${cell(true)} |`);
    }
  }
  console.log("\n| files | n | µs a file against lines | r | against functions | r |\n|---|---:|---|---:|---|---:|");
  const groups: Array<[string, (row: Row) => boolean]> = [
    ["generated, `connect(`, no finding", (row) => row.findings === 0 && row.connectCalls > 0 && row.origin === "generated"],
    ["generated, a finding", (row) => row.findings > 0 && row.origin === "generated"],
    ["generated, neither", (row) => row.findings === 0 && row.connectCalls === 0 && row.origin === "generated"],
    ["node_modules, neither", (row) => row.findings === 0 && row.connectCalls === 0 && row.origin === "node_modules"],
  ];
  for (const [name, test] of groups) {
    const group = rows.filter(test);
    if (group.length < 3) continue;
    const micros = group.map(leakMicros);
    const [byLines, byFunctions] = [fit(group.map((row) => row.lines), micros), fit(group.map((row) => row.functions), micros)];
    console.log(
      `| ${name} | ${group.length} | ${byLines.intercept.toFixed(0)} + ${byLines.slope.toFixed(2)} × lines | ${byLines.r.toFixed(2)} | ` +
        `${byFunctions.intercept.toFixed(0)} + ${byFunctions.slope.toFixed(1)} × functions | ${byFunctions.r.toFixed(2)} |`,
    );
  }
}

/** What a file is made of: functions, how deeply they nest, `connect(` calls by the text. */
export interface FileShape {
  functions: number;
  functionDepth: number;
  blockDepth: number;
  connectCalls: number;
}

function shapeOf(file: CorpusFile): FileShape {
  const { ast, visitorKeys } = parseForESLint(file.text, { filePath: file.filePath, sourceType: "module", range: true });
  let functions = 0;
  let functionDepth = 0;
  let blockDepth = 0;
  const visit = (node: { type: string }, fnDepth: number, depth: number): void => {
    const isFunction = /Function/.test(node.type) && node.type !== "TSDeclareFunction" && !node.type.startsWith("TSFunction");
    if (isFunction) functions++;
    const nextFn = fnDepth + (isFunction ? 1 : 0);
    const nextDepth = depth + (node.type === "BlockStatement" ? 1 : 0);
    functionDepth = Math.max(functionDepth, nextFn);
    blockDepth = Math.max(blockDepth, nextDepth);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === "object" && typeof (item as { type?: unknown }).type === "string") visit(item as { type: string }, nextFn, nextDepth);
      }
    }
  };
  visit(ast, 0, 0);
  return { functions, functionDepth, blockDepth, connectCalls: (file.text.match(/\bconnect\s*\(/g) ?? []).length };
}

async function recommendedOf(build: string): Promise<Linter.Config[]> {
  const plugin = (await import(pathToFileURL(join(build, "src", "plugin.js")).href)) as {
    default: { configs: { recommended: Linter.Config | Linter.Config[] } };
  };
  const recommended = plugin.default.configs.recommended;
  return Array.isArray(recommended) ? recommended : [recommended];
}

function ruleTimes(results: ESLint.LintResult[]): Record<string, number> {
  const times: Record<string, number> = {};
  for (const result of results) {
    for (const timed of result.stats?.times.passes ?? []) {
      for (const [rule, time] of Object.entries(timed.rules ?? {})) times[rule] = (times[rule] ?? 0) + time.total;
    }
  }
  return times;
}

async function main(options: Options): Promise<void> {
  const log = (line: string) => process.stderr.write(`[per-file] ${line}\n`);
  const corpus = await buildLintCorpus({ root: join(options.root, "corpus"), generatedFiles: 150, nodeModulesFiles: 80 });
  const files = corpus.files;
  const eslint = createEslint(join(options.root, "corpus"), [parserOnly, ...(await recommendedOf(options.root))], { stats: true });
  const minimums: Array<Record<string, number>> = files.map(() => ({}));
  const findings: number[] = files.map(() => 0);
  // A new order every pass: the corpus allocates the same every pass, so in one fixed order a collection would start
  // in the same file's lint each time, where a per-file minimum cannot leave it out.
  const random = seededRandom(1);
  for (let pass = -2; pass < options.passes; pass++) {
    collectGarbage();
    for (const index of options.fixedOrder ? files.keys() : shuffled([...files.keys()], random)) {
      const file = files[index]!;
      const results = await eslint.lintText(file.text, { filePath: file.filePath, warnIgnored: true });
      if (pass === -2) findings[index] = results.reduce((sum, result) => sum + result.messages.length, 0);
      if (pass < 0) continue;
      const min = minimums[index]!;
      for (const [rule, ms] of Object.entries(ruleTimes(results))) min[rule] = Math.min(min[rule] ?? Infinity, ms);
    }
    if (pass >= 0 && (pass + 1) % 5 === 0) log(`pass ${pass + 1}/${options.passes}`);
  }

  // The work done on each file, counted: V8's precise coverage with call counts, taken (and so reset) after each file.
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });
  const ours = (url: string) => url.startsWith(pathToFileURL(options.root).href) && /\/(src|rules)\//.test(url);
  const calls: Array<Record<string, number>> = [];
  await session.post("Profiler.takePreciseCoverage");
  for (const file of files) {
    await eslint.lintText(file.text, { filePath: file.filePath, warnIgnored: true });
    const { result } = await session.post("Profiler.takePreciseCoverage");
    const counted: Record<string, number> = {};
    for (const script of result) {
      if (!ours(script.url)) continue;
      const module = script.url.slice(script.url.lastIndexOf("/") + 1).replace(/\.js$/, "");
      for (const fn of script.functions) {
        const count = fn.ranges[0]?.count ?? 0;
        if (count === 0 || fn.functionName === "") continue;
        const key = `${module}:${fn.functionName}`;
        counted[key] = (counted[key] ?? 0) + count;
      }
    }
    calls.push(counted);
  }
  await session.post("Profiler.stopPreciseCoverage");
  session.disconnect();

  const rows: Row[] = files.map((file, index) => ({
    file: file.filePath.slice(join(options.root, "corpus").length + 1),
    origin: file.origin,
    lines: file.lines,
    bytes: file.text.length,
    findings: findings[index]!,
    ...shapeOf(file),
    ms: minimums[index]!,
    calls: calls[index]!,
  }));
  await writeFile(options.out, JSON.stringify(rows));
  report(rows, options.top ?? 20);
  perCheckout(rows);
  log(`${files.length} files, ${options.passes} passes: ${options.out}`);
}

runEntry("per-file", main(JSON.parse(process.argv[2] ?? "{}") as Options));
