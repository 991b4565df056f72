import { describe, expect, it } from "vitest";
import { controlledRatio, judge, judgeAll, medianInterval, pairedRatio, THROUGHPUT_TARGET } from "../../bench/runtime-verdict.js";

const oneTo = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

describe("medianInterval (the sign test's interval of a median)", () => {
  it("takes the order statistics of the published table at 95 %", () => {
    // n = 40: the 14th and 27th smallest; n = 10: the 2nd and 9th; n = 6: the extremes (96.9 %).
    expect(medianInterval(oneTo(40))).toEqual({ low: 14, high: 27 });
    expect(medianInterval(oneTo(10))).toEqual({ low: 2, high: 9 });
    expect(medianInterval(oneTo(6))).toEqual({ low: 1, high: 6 });
  });

  it("gives none when the samples are too few for 95 % (n = 5 reaches 93.75 %)", () => {
    expect(medianInterval(oneTo(5))).toBeUndefined();
  });

  it("sorts what it is given", () => {
    expect(medianInterval([...oneTo(10)].reverse())).toEqual({ low: 2, high: 9 });
  });
});

describe("controlledRatio and the verdict", () => {
  const rounds = (n: number, ratio: (round: number) => number) => Array.from({ length: n }, (_, round) => [ratio(round)]);

  it("nets the control's ratio out of each round: a shared lean of the comparison cancels", () => {
    // Both read 5 % low in every round (what the comparison does to any pool): the variant costs nothing more.
    const estimate = controlledRatio(rounds(20, () => 0.95), rounds(20, () => 0.95));
    expect(estimate.ratio).toBeCloseTo(1, 12);
    expect(estimate.rounds).toBe(20);
    expect(judge(estimate, THROUGHPUT_TARGET)).toBe("met");
  });

  it("averages the gated variant's two windows of a round in logarithms", () => {
    const estimate = controlledRatio([[0.9, 1.1]], [[1]]);
    expect(estimate.ratio).toBeCloseTo(Math.sqrt(0.99), 12);
  });

  it("takes the verdict's blocks as ln(control's CPU) − ln(the variant's): their median and its interval, exponentiated", () => {
    // Rounds where the gated pool's CPU per query was 2 % above the control's, and 10 % above in every tenth.
    const differences = Array.from({ length: 40 }, (_, round) => -Math.log(round % 10 === 0 ? 1.1 : 1.02));
    const estimate = pairedRatio(differences);
    expect(estimate.ratio).toBeCloseTo(1 / 1.02, 12);
    expect(estimate.rounds).toBe(40);
    expect(judge(estimate, THROUGHPUT_TARGET)).toBe("met");
    expect(pairedRatio([])).toMatchObject({ rounds: 0, ratio: Number.NaN });
  });

  it("is missed only when the whole interval is below the target, not resolved when it straddles it", () => {
    const wide = controlledRatio(rounds(40, (round) => (round % 2 === 0 ? 0.9 : 1.02)), rounds(40, () => 1));
    expect(judge(wide, THROUGHPUT_TARGET)).toBe("not resolved");
    const low = controlledRatio(rounds(40, (round) => 0.9 + round / 1000), rounds(40, () => 1));
    expect(judge(low, THROUGHPUT_TARGET)).toBe("missed");
    expect(judge({ ratio: Number.NaN, low: Number.NaN, high: Number.NaN, rounds: 0 }, THROUGHPUT_TARGET)).toBe("not resolved");
  });

  it("judges every healthy concurrency: one miss is a miss, met needs them all", () => {
    const met = { ratio: 1, low: 0.98, high: 1.02, rounds: 40 };
    const open = { ratio: 0.96, low: 0.94, high: 0.99, rounds: 40 };
    const miss = { ratio: 0.9, low: 0.88, high: 0.92, rounds: 40 };
    expect(judgeAll([{ ...met, concurrency: 1 }, { ...met, concurrency: 10 }])?.verdict).toBe("met");
    expect(judgeAll([{ ...met, concurrency: 1 }, { ...open, concurrency: 10 }])).toMatchObject({ verdict: "not resolved", concurrency: 10 });
    expect(judgeAll([{ ...open, concurrency: 1 }, { ...miss, concurrency: 10 }])).toMatchObject({ verdict: "missed", ratio: 0.9 });
    expect(judgeAll([])).toBeUndefined();
  });
});
