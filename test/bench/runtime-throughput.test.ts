import { describe, expect, inject, it } from "vitest";
import { CONTROL, GATED, measureThroughput, variants } from "../../bench/runtime-throughput.js";

describe("runtime throughput bench", () => {
  it("runs every pool variant side by side against a real PostgreSQL and relates each to the bare pool", async () => {
    const lines: string[] = [];
    const result = await measureThroughput({
      databaseUrl: inject("databaseUrl"),
      concurrencies: [1, 3],
      rounds: 2,
      windowMs: 100,
      poolMax: 3,
      progress: (line) => lines.push(line),
    });
    expect(result.concurrencies.map((figures) => figures.concurrency)).toEqual([1, 3]);
    for (const figures of result.concurrencies) {
      expect(figures.variants.map((variant) => variant.variant)).toEqual(variants.map((variant) => variant.name));
      for (const variant of figures.variants) {
        // Every variant's bracketed window once a round; the verdict's block (C G G C) is not in these figures.
        expect(variant.opsPerSecond.n).toBe(2);
        expect(variant.opsPerSecond.min).toBeGreaterThan(0);
      }
      const bare = figures.variants.find((variant) => variant.variant === "bare")!;
      expect(bare.ratio).toBe(1);
      // The bare pool runs before, between and after the five other variants' windows of a round: four of its six
      // windows a round have a bare window on either side, and give the noise floor.
      expect(figures.bareAgainstBare.cpuRatios.n).toBe(2 * (variants.length - 2));
      expect(figures.bareAgainstBare.cpuRatio).toBeGreaterThan(0);
    }
    // The worst ratio of each watched variant is one of its per-concurrency ratios.
    for (const [name, worst] of Object.entries(result.worst)) {
      const ratios = result.concurrencies.map((figures) => figures.variants.find((v) => v.variant === name)!.ratio);
      expect(worst.ratio).toBe(Math.min(...ratios));
    }
    // Every variant but the control is judged net of it, over every round.
    for (const figures of result.concurrencies) {
      expect(Object.keys(figures.controlled ?? {}).sort()).toEqual(
        variants.map((variant) => variant.name).filter((name) => name !== "bare" && name !== "bare, another pool").sort(),
      );
      expect(figures.controlled!["watched+leakDetection"]!.rounds).toBe(2);
    }
    expect(lines).toHaveLength(4);
  });

  it("opens new pools for every round when asked, and still judges the gated variant over every round", async () => {
    const result = await measureThroughput({
      databaseUrl: inject("databaseUrl"),
      concurrencies: [2],
      rounds: 3,
      windowMs: 50,
      poolMax: 2,
      progress: () => {},
      only: [CONTROL, GATED],
      freshPoolsEachRound: true,
    });
    const [figures] = result.concurrencies;
    expect(figures!.variants.map((variant) => variant.variant)).toEqual(["bare", CONTROL, GATED]);
    expect(figures!.variants.find((variant) => variant.variant === GATED)!.opsPerSecond.n).toBe(3);
    expect(figures!.controlled![GATED]!.rounds).toBe(3);
  });

  it("runs blocksPerRound verdict blocks a round at the healthy concurrencies, one at the others, one difference a round", async () => {
    const gatedWindows = new Map<number, number>();
    const result = await measureThroughput({
      databaseUrl: inject("databaseUrl"),
      // 1 caller on a pool of 4 is healthy (under 40 % of it), 2 are not.
      concurrencies: [1, 2],
      rounds: 2,
      windowMs: 30,
      poolMax: 4,
      progress: () => {},
      only: [CONTROL, GATED],
      blocksPerRound: 3,
      onWindow: (window) => {
        if (window.variant === GATED) gatedWindows.set(window.concurrency, (gatedWindows.get(window.concurrency) ?? 0) + 1);
      },
    });
    expect(result.blocksPerRound).toBe(3);
    expect(result.concurrencies.map((figures) => figures.healthy)).toEqual([true, false]);
    // A round: the gated pool's bracketed window, and two windows in each block.
    expect(Object.fromEntries(gatedWindows)).toEqual({ 1: 2 * (1 + 3 * 2), 2: 2 * (1 + 2) });
    for (const figures of result.concurrencies) expect(figures.controlled![GATED]!.rounds).toBe(2);
  });
});
