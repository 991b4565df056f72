// One timed pass of ESLint over a set of in-memory files (`lintText`: no file I/O in the measurement). A rule
// that throws is a crash, counted and named, never a failed benchmark.
import type { ESLint } from "eslint";
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { collectGarbage } from "./gc.js";

export interface LintInput {
  /** Absolute path the text is linted as (decides which config applies; need not exist unless typed). */
  filePath: string;
  text: string;
  lines: number;
}

export interface LintCrash {
  filePath: string;
  message: string;
}

export interface LintPassResult {
  ms: number;
  /** Problems reported by rules. */
  problems: number;
  /** Files whose config status kept them from being linted (a harness bug if not 0). */
  ignored: number;
  crashes: LintCrash[];
  /** Per-rule time (ms), summed over the files; only with an ESLint instance created with `stats: true`. */
  ruleMs: Record<string, number>;
  /** Per-rule time (ms) of each file, in the order of the files (0 where the rule did not run); with `stats: true`. */
  ruleFileMs: Record<string, number[]>;
  /** Parse time (ms) summed over the files; only with `stats: true`. */
  parseMs: number;
  /** Each file's own time (ms), in the order of the files given (crashed files included). */
  fileMs: number[];
  /**
   * Each file's CPU time (ms) of this process, every thread (process.cpuUsage: user + system), in the same order:
   * unlike `fileMs`, it leaves out the time the process waited for a core while other work ran on the machine.
   */
  fileCpuMs: number[];
  /**
   * Each file's time (ms) inside garbage collection pauses of the main thread (Node's `gc` performance entries whose
   * pause began during that file's lint), in the same order; filled by interleavedPass only (zeros elsewhere).
   * A pause lands on whichever lint allocates when the young generation fills, not on the lint that made what it
   * copies: see lint-cost.ts's `mutator` estimators.
   */
  fileGcMs: number[];
  /** Start and end (performance.now()) of each file's lint, in the same order. */
  fileWindows: [number, number][];
}

const emptyResult = (): LintPassResult => ({
  ms: 0,
  problems: 0,
  ignored: 0,
  crashes: [],
  ruleMs: {},
  ruleFileMs: {},
  parseMs: 0,
  fileMs: [],
  fileCpuMs: [],
  fileGcMs: [],
  fileWindows: [],
});

/** Lints one file into `result`, adding the time it took. */
async function lintInto(eslint: ESLint, file: LintInput, result: LintPassResult): Promise<void> {
  let reports: ESLint.LintResult[];
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  try {
    reports = await eslint.lintText(file.text, { filePath: file.filePath, warnIgnored: true });
  } catch (error) {
    result.crashes.push({ filePath: file.filePath, message: error instanceof Error ? error.message : String(error) });
    return;
  } finally {
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    result.ms += ms;
    result.fileMs.push(ms);
    result.fileCpuMs.push((cpu.user + cpu.system) / 1000);
    result.fileGcMs.push(0);
    result.fileWindows.push([started, started + ms]);
  }
  const fileIndex = result.fileMs.length - 1;
  for (const report of reports) {
    if (report.messages.some((message) => message.message.startsWith("File ignored"))) result.ignored++;
    // Rule findings only: ESLint's own notices (ruleId null) are the same on both sides of a comparison.
    result.problems += report.messages.filter((message) => message.ruleId !== null).length;
    for (const pass of report.stats?.times.passes ?? []) {
      result.parseMs += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) {
        result.ruleMs[rule] = (result.ruleMs[rule] ?? 0) + time.total;
        const perFile = (result.ruleFileMs[rule] ??= []);
        while (perFile.length <= fileIndex) perFile.push(0);
        perFile[fileIndex]! += time.total;
      }
    }
  }
}

/** One pass; a full garbage collection first unless `collectFirst` is false (the caller has already collected). */
export async function lintPass(eslint: ESLint, files: readonly LintInput[], collectFirst = true): Promise<LintPassResult> {
  const result = emptyResult();
  if (collectFirst) collectGarbage();
  for (const file of files) await lintInto(eslint, file, result);
  // One entry per file for every rule, so that passes line up file by file whichever files a rule ran on.
  for (const perFile of Object.values(result.ruleFileMs)) while (perFile.length < files.length) perFile.push(0);
  return result;
}

/**
 * The orders in which `sides` configurations lint one file, file f of pass p taking order (f + p) mod their count.
 * Within a file each side must come right after each other side equally often, and hold each position equally
 * often, over the passes that file is linted in. The side that comes next pays part of the garbage the one before
 * left in the young generation (with `recommended` always followed by the parser-only control, an A/A control read
 * +4 % and `recommended` several points too low), and the first lint of a file is the dearest: in an A/A run of four
 * parser-only sides (lintcost-m, load 15–20), the four positions read +2.9, +2.4, −1.0 and −4.4 % of the file's mean.
 * For an even count that is a Williams square (n orders, each side once in each position and once right after each
 * other side): four sides over the full run's four passes see each of its four orders once per file. Every
 * permutation (24 for four sides) balanced the passes only over the files, not within each file, where the per-file
 * median is taken: for half the files one side came first in all four passes. Three sides take all six
 * permutations (a Williams design for an odd count needs 2n orders); beyond four sides, rotations.
 */
export function interleavingOrders(sides: number): number[][] {
  const all = [...Array(sides).keys()];
  if (sides % 2 === 0 && sides <= 4) {
    // 0, 1, n−1, 2, n−2, …, then that row shifted by 1, 2, … n−1.
    const first = [0];
    for (let step = 1; first.length < sides; step++) {
      first.push(step);
      if (first.length < sides) first.push(sides - step);
    }
    return all.map((shift) => first.map((side) => (side + shift) % sides));
  }
  if (sides > 4) return all.map((shift) => all.map((turn) => (shift + turn) % sides));
  const permutations = (rest: number[]): number[][] =>
    rest.length <= 1 ? [rest] : rest.flatMap((first, i) => permutations(rest.filter((_, j) => j !== i)).map((tail) => [first, ...tail]));
  return permutations(all);
}

/**
 * One pass over the files in which every file is linted by each configuration in turn, in an order that changes
 * from file to file (see interleavingOrders; `shift` moves the cycle from pass to pass). Load from other work on the
 * machine comes and goes in seconds; interleaving at the file level lets it fall on every side alike, where whole
 * passes one after the other would each catch a different slice of it.
 */
export async function interleavedPass(
  sides: readonly ESLint[],
  files: readonly LintInput[],
  shift = 0,
): Promise<LintPassResult[]> {
  const results = sides.map(emptyResult);
  const orders = interleavingOrders(sides.length);
  collectGarbage();
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  for (const [index, file] of files.entries()) {
    for (const side of orders[(index + shift) % orders.length]!) {
      await lintInto(sides[side]!, file, results[side]!);
    }
  }
  // The entries are delivered after the pause, on a later turn of the event loop: let the last ones in.
  await new Promise((resolve) => setImmediate(resolve));
  pauses.push(...observer.takeRecords());
  observer.disconnect();
  attributePauses(pauses, results);
  return results;
}

/** Adds each pause's duration to the file lint whose window its start falls in (pauses between lints: to none). */
export function attributePauses(pauses: readonly PerformanceEntry[], results: readonly LintPassResult[]): void {
  const windows: { start: number; end: number; result: LintPassResult; file: number }[] = [];
  for (const result of results) {
    result.fileWindows.forEach(([start, end], file) => windows.push({ start, end, result, file }));
  }
  windows.sort((a, b) => a.start - b.start);
  const starts = [...pauses].sort((a, b) => a.startTime - b.startTime);
  let at = 0;
  for (const pause of starts) {
    while (at < windows.length && windows[at]!.end <= pause.startTime) at++;
    const window = windows[at];
    if (window && window.start <= pause.startTime) window.result.fileGcMs[window.file]! += pause.duration;
  }
}
