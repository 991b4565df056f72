// Combining the lint cost of several processes: the headline figures are the medians over the processes, the pass
// columns pool every process's passes, and each process's own figures stay listed.
import { describe, expect, it } from "vitest";
import { combineRuns } from "../../bench/lint-cost-process.js";
import type { LintCostResult } from "../../bench/lint-cost.js";
import { summarize } from "../../bench/stats.js";

function run(overhead: number, control: number, share: number, without: number[], withRules: number[], anyRule = 1, cpuControl = 0): LintCostResult {
  return {
    pairs: without.length,
    withoutMs: summarize(without),
    withMs: summarize(withRules),
    passesMs: { without, with: withRules, control: without, anyRule: without },
    overheadPercent: overhead,
    pairOverheadPercent: summarize([overhead]),
    passMedianOverheadPercent: overhead + 1,
    overheadOfMediansPercent: overhead,
    perFileMinOverheadPercent: overhead - 1,
    control: { overheadPercent: control, pairOverheadPercent: summarize([control]), passMedianOverheadPercent: control, perFileMinOverheadPercent: control },
    anyRule: { overheadPercent: anyRule, perFileMinOverheadPercent: anyRule - 0.5 },
    overheadOverAnyRulePercent: overhead - anyRule,
    cpu: {
      overheadPercent: overhead - 2,
      perFileMinOverheadPercent: overhead - 3,
      control: { overheadPercent: cpuControl, perFileMinOverheadPercent: cpuControl / 2 },
      anyRule: { overheadPercent: anyRule / 2, perFileMinOverheadPercent: anyRule / 4 },
    },
    pooled: { overheadPercent: overhead - control / 2, cpuOverheadPercent: overhead - 2 - cpuControl / 2 },
    mutator: {
      overheadPercent: overhead - 1,
      controlPercent: control / 2,
      anyRulePercent: anyRule - 1,
      plusGcOverheadPercent: overhead - 0.5,
      plusGcControlPercent: control * 2,
      gcMsPerPass: { without: 300 + control, with: 310, control: 295, anyRule: 305 },
    },
    filesBootstrapSd: { overhead: share, control: share / 2 },
    rules: [{ rule: "poolguard/no-leaked-client", ms: summarize([share * 10]), passesMs: [share * 10], perFileMedianMs: share * 10, sharePercent: share }],
    shareBaselineMs: 1000 * share,
    problems: 56,
    crashes: [],
  };
}

describe("lint cost over several processes", () => {
  const combined = combineRuns([
    run(7.8, 0.1, 2.4, [100, 102], [108, 110], 3, 0.6),
    run(2, -0.4, 1.9, [100, 104], [102, 106], 0.5, -0.2),
    run(4, 0.2, 2.1, [101, 99], [105, 103], 1.5, 0.4),
  ]);

  it("takes the median over the processes for the overhead, the control, the no-op rule and each rule's share", () => {
    expect(combined.overheadPercent).toBe(4);
    // 7.8 - 0.05, 2 + 0.2, 4 - 0.1
    expect(combined.pooled.overheadPercent).toBeCloseTo(3.9, 10);
    expect(combined.processes.map((figures) => figures.pooledOverheadPercent)).toEqual([7.75, 2.2, 3.9]);
    expect(combined.control.overheadPercent).toBe(0.1);
    expect(combined.anyRule).toEqual({ overheadPercent: 1.5, perFileMinOverheadPercent: 1 });
    expect(combined.overheadOverAnyRulePercent).toBe(2.5);
    expect(combined.perFileMinOverheadPercent).toBe(3);
    expect(combined.shareBaselineMs).toBe(2100);
    expect(combined.rules[0]).toMatchObject({ rule: "poolguard/no-leaked-client", sharePercent: 2.1, perFileMedianMs: 21 });
  });

  it("takes the median over the processes for the mutator's estimators and the pauses per side", () => {
    expect(combined.mutator).toEqual({
      overheadPercent: 3,
      controlPercent: 0.05,
      anyRulePercent: 0.5,
      plusGcOverheadPercent: 3.5,
      plusGcControlPercent: 0.2,
      gcMsPerPass: { without: 300.1, with: 310, control: 295, anyRule: 305 },
    });
    expect(combined.processes.map((figures) => figures.mutator.controlPercent)).toEqual([0.05, -0.2, 0.1]);
    expect(combined.filesBootstrapSd).toEqual({ overhead: 2.1, control: 1.05 });
    expect(combined.processes.map((figures) => figures.filesBootstrapSd.control)).toEqual([1.2, 0.95, 1.05]);
  });

  it("takes the median over the processes for the CPU-time estimators and their controls", () => {
    expect(combined.cpu).toEqual({
      overheadPercent: 2,
      perFileMinOverheadPercent: 1,
      control: { overheadPercent: 0.4, perFileMinOverheadPercent: 0.2 },
      anyRule: { overheadPercent: 0.75, perFileMinOverheadPercent: 0.375 },
    });
    expect(combined.processes.map((figures) => figures.cpuControlPercent)).toEqual([0.6, -0.2, 0.4]);
    expect(combined.processes.map((figures) => figures.cpuOverheadPercent)).toEqual([5.8, 0, 2]);
  });

  it("pools the passes of every process for the pass columns", () => {
    expect(combined.pairs).toBe(6);
    expect(combined.withoutMs).toEqual({ min: 99, median: 100.5, max: 104, n: 6 });
    expect(combined.pairOverheadPercent.n).toBe(6);
  });

  it("lists each process's own figures in the order they ran", () => {
    expect(combined.processes.map((figures) => figures.overheadPercent)).toEqual([7.8, 2, 4]);
    expect(combined.processes.map((figures) => figures.anyRuleOverheadPercent)).toEqual([3, 0.5, 1.5]);
    expect(combined.processes[1]!.largestRule).toEqual({ rule: "poolguard/no-leaked-client", sharePercent: 1.9 });
  });

  it("names every file a process crashed on, once", () => {
    const crash = (filePath: string) => ({ filePath, message: "boom" });
    const runs = [run(1, 0, 1, [100], [101]), run(1, 0, 1, [100], [101]), run(1, 0, 1, [100], [101])];
    runs[1]!.crashes = [crash("/a.ts")];
    runs[2]!.crashes = [crash("/a.ts"), crash("/b.ts")];
    expect(combineRuns(runs).crashes.map((entry) => entry.filePath)).toEqual(["/a.ts", "/b.ts"]);
  });

  it("refuses to combine nothing", () => {
    expect(() => combineRuns([])).toThrow(/no lint cost runs/);
  });
});
