// The order in which the compared configurations lint each file: every side must come right after every other side
// equally often, or the garbage one side leaves behind is paid by the same neighbour every time.
import { describe, expect, it } from "vitest";
import { interleavingOrders } from "../../bench/lint-pass.js";

/** How often side `b` is linted right after side `a` within one file, over one cycle of the orders. */
function followCounts(sides: number): number[][] {
  const counts = [...Array(sides)].map(() => Array<number>(sides).fill(0));
  for (const order of interleavingOrders(sides)) {
    for (let turn = 1; turn < order.length; turn++) counts[order[turn - 1]!]![order[turn]!]!++;
  }
  return counts;
}

describe("interleaving orders", () => {
  it.each([2, 3, 4])("lints every file once per side, and each side follows each other side equally often (%i sides)", (sides) => {
    const orders = interleavingOrders(sides);
    for (const order of orders) expect([...order].sort()).toEqual([...Array(sides).keys()]);
    const counts = followCounts(sides);
    const offDiagonal = counts.flatMap((row, a) => row.filter((_, b) => a !== b));
    expect(new Set(offDiagonal).size).toBe(1);
    expect(offDiagonal[0]).toBeGreaterThan(0);
  });

  it("does not put the third of three sides after the second more often than after the first (the rotation did)", () => {
    const counts = followCounts(3);
    expect(counts[1]![2]).toBe(counts[0]![2]);
  });

  it.each([2, 4])("gives each side each position once, over as many passes as sides, in every file (%i sides)", (sides) => {
    const orders = interleavingOrders(sides);
    expect(orders).toHaveLength(sides);
    // file f in pass p takes order (f + p) mod orders.length (interleavedPass)
    for (const file of [0, 1, 5, 273]) {
      const positions = [...Array(sides).keys()].map((side) =>
        [...Array(sides).keys()].map((pass) => orders[(file + pass) % orders.length]!.indexOf(side)).sort(),
      );
      for (const held of positions) expect(held).toEqual([...Array(sides).keys()]);
    }
  });

  it("falls back to rotations beyond four sides, each side still once per file", () => {
    const orders = interleavingOrders(5);
    expect(orders).toHaveLength(5);
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
