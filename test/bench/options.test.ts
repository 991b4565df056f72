import { describe, expect, it } from "vitest";
import { parseBenchOptions, parts } from "../../bench/options.js";

const out = "/repo/docs/benchmarks.md";

describe("bench options", () => {
  it("runs every part in full and writes the report by default", () => {
    const options = parseBenchOptions([], out);
    if (options === "help") throw new Error("unexpected help");
    expect([...options.only]).toEqual([...parts]);
    expect(options.quick).toBe(false);
    expect(options.out).toBe(out);
  });

  it("does not overwrite the published report from a quick or partial run unless asked", () => {
    const quick = parseBenchOptions(["--quick", "--json"], out);
    const partial = parseBenchOptions(["--only", "lint,runtime"], out);
    const asked = parseBenchOptions(["--quick", "--out", "/tmp/b.md"], out);
    if (quick === "help" || partial === "help" || asked === "help") throw new Error("unexpected help");
    expect(quick.out).toBeUndefined();
    expect(quick.json).toBe(true);
    expect(partial.out).toBeUndefined();
    expect([...partial.only]).toEqual(["lint", "runtime"]);
    expect(asked.out).toBe("/tmp/b.md");
  });

  it("repeats less in a quick run", () => {
    const quick = parseBenchOptions(["--quick"], out);
    const full = parseBenchOptions([], out);
    if (quick === "help" || full === "help") throw new Error("unexpected help");
    expect(quick.plan.lintPairs).toBeLessThan(full.plan.lintPairs);
    expect(quick.plan.runtimeRounds).toBeLessThan(full.plan.runtimeRounds);
  });

  it("names the bad value and the allowed ones", () => {
    expect(() => parseBenchOptions(["--only", "lint,speed"], out)).toThrow(
      'bench: --only takes a comma-separated list of lint, any-rule, scaling, typed, runtime, got "lint,speed"',
    );
    expect(() => parseBenchOptions(["--fast"], out)).toThrow(/bench: .*--fast.*; see --help/);
  });
});
