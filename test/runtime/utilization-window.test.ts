// The utilisation window's integration, where slot boundaries are not exact in floating point: a window of 7 ms has
// slots of 0.35 ms, and 3 × 0.35 rounds to a time whose slot, computed back, is the 3rd rather than the 4th.
import { describe, expect, it } from "vitest";
import { UtilizationWindow } from "../../src/runtime/utilization-window.js";

describe("UtilizationWindow", () => {
  it("integrates across slot ends that round below themselves (sustainedMs: 7), and keeps the mean exact", () => {
    const window = new UtilizationWindow(7, 0);
    // Used count 3 from 0 on: crossing the boundary at 3 × 0.35 ms used to loop forever inside the checkout.
    expect(window.observe(3, 0.1)).toBe(false);
    expect(window.observe(3, 1.2)).toBe(true);
    expect(window.observe(3, 7.3)).toBe(true);
    expect(window.mean(7.7)).toBeCloseTo(3, 9);
  });

  it("gives the time-weighted mean over the last window, whatever slot the observations fall in", () => {
    const window = new UtilizationWindow(1000, 0);
    // 10 used for the first 600 ms, then 0. The window is the last 20 slots of 50 ms, the current one partly: at
    // 1000 ms it starts at 50 ms, so the mean is 10 × 550 ms over 950 ms.
    window.observe(10, 0);
    for (let t = 1; t < 600; t += 7) window.observe(10, t);
    window.observe(0, 600);
    for (let t = 601; t < 1000; t += 13) window.observe(0, t);
    expect(window.mean(1000)).toBeCloseTo((10 * 550) / 950, 9);
    expect(window.mean(999)).toBeUndefined();
  });
});
