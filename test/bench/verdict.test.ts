// The verdict of a figure measured with noise: met or missed only when the whole interval is on one side of the
// target, "not resolved" when the target is inside it.
import { describe, expect, it } from "vitest";
import { controlHalfWidth, pooledHalfWidth, spreadHalfWidth, verdictOf } from "../../bench/verdict.js";

const atMost5 = (value: number) => value <= 5;

describe("verdicts", () => {
  it("is met or missed when the interval lies on one side of the target", () => {
    expect(verdictOf(3, 1, atMost5)).toBe("met");
    expect(verdictOf(7, 1, atMost5)).toBe("missed");
    expect(verdictOf(0.98, 0.005, (value) => value >= 0.971)).toBe("met");
  });

  it("is not resolved when the target is inside the interval, on either side of it", () => {
    expect(verdictOf(4.5, 1, atMost5)).toBe("not resolved");
    expect(verdictOf(5.5, 1, atMost5)).toBe("not resolved");
  });

  it("is not resolved without an interval, and not measured without a value", () => {
    expect(verdictOf(3, null, atMost5)).toBe("not resolved");
    expect(verdictOf(null, 1, atMost5)).toBe("not measured");
  });

  it("counts a control's bias as error: controls all at +2 are no narrower than controls at ±2", () => {
    expect(controlHalfWidth([2, 2, 2, 2])).toBeCloseTo(controlHalfWidth([2, -2, 2, -2])!, 10);
    expect(controlHalfWidth([2, 2, 2, 2])).toBeCloseTo((2 * Math.sqrt(Math.PI / 2) * 2) / 2, 10);
  });

  it("gives no interval from fewer than three processes: one control near 0 does not show the noise", () => {
    expect(controlHalfWidth([])).toBeNull();
    expect(controlHalfWidth([-0.88])).toBeNull();
    expect(controlHalfWidth([1, -1])).toBeNull();
    expect(spreadHalfWidth([2.4, 2.6])).toBeNull();
  });

  it("gives the pooled baseline's overhead √(3/4) of the control's width", () => {
    expect(pooledHalfWidth([2, -2, 1])!).toBeCloseTo(controlHalfWidth([2, -2, 1])! * Math.sqrt(0.75), 10);
    expect(pooledHalfWidth([])).toBeNull();
  });

  it("narrows with more processes, and needs two to show a spread", () => {
    expect(spreadHalfWidth([1, 3, 2])).toBeGreaterThan(spreadHalfWidth([1, 3, 2, 1, 3, 2])!);
    expect(spreadHalfWidth([2.5])).toBeNull();
    expect(spreadHalfWidth([2, 2, 2])).toBe(0);
  });
});
