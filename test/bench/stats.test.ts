import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/seeded-order.js";
import { filesBootstrapSd, median, overheadPercent, pairwise, perFileTotal, summarize } from "../../bench/stats.js";

describe("bench statistics", () => {
  it("takes the middle value of an odd count and the mean of the two middle values of an even count", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("summarises samples as min, median and max without reordering the input", () => {
    const samples = [30, 10, 20, 50, 40];
    expect(summarize(samples)).toEqual({ min: 10, median: 30, max: 50, n: 5 });
    expect(samples).toEqual([30, 10, 20, 50, 40]);
  });

  it("refuses to summarise nothing", () => {
    expect(() => summarize([])).toThrow(/no samples/);
    expect(() => median([])).toThrow(/no samples/);
  });

  it("computes the overhead of a measurement over its baseline in percent", () => {
    expect(overheadPercent(200, 210)).toBeCloseTo(5);
    expect(overheadPercent(200, 190)).toBeCloseTo(-5);
  });

  it("combines side-by-side samples pair by pair and rejects pairs that do not match", () => {
    expect(pairwise([100, 200], [110, 180], (a, b) => b - a)).toEqual([10, -20]);
    expect(() => pairwise([1, 2], [1], (a, b) => a + b)).toThrow(/2 samples against 1/);
  });

  it("reduces each file's samples across passes before summing, so a burst in one pass counts once per file", () => {
    // three passes over two files; pass 2 caught a burst on file 0
    const samples = [
      [10, 20],
      [90, 21],
      [11, 19],
    ];
    expect(perFileTotal(samples, median)).toBe(11 + 20);
    expect(perFileTotal(samples, (values) => Math.min(...values))).toBe(10 + 19);
  });
});

describe("filesBootstrapSd", () => {
  const without = Array.from({ length: 200 }, (_, file) => 5 + (file % 7));

  it("reads 0 for a side that every file costs the same share more (a state of the whole side does not show)", () => {
    const shifted = without.map((ms) => ms * 1.05);
    expect(filesBootstrapSd(without, shifted, 500, seededRandom(7))).toBeLessThan(1e-9);
  });

  it("reads the spread that noise file by file gives the sum, about σ ÷ √files", () => {
    // each file ±20 % at random: the sum's overhead moves by about 20 ÷ √200 ≈ 1.4 points
    const random = seededRandom(3);
    const noisy = without.map((ms) => ms * (1 + (random() < 0.5 ? -0.2 : 0.2)));
    const sd = filesBootstrapSd(without, noisy, 2000, seededRandom(11));
    expect(sd).toBeGreaterThan(1);
    expect(sd).toBeLessThan(2);
  });

  it("refuses sides whose files do not match", () => {
    expect(() => filesBootstrapSd([1, 2], [1], 10, seededRandom(1))).toThrow(/files must match/);
  });
});
