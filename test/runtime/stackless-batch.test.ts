// The burst rule of StacklessBatch, tick by tick: which detector ticks log the leaks reported without a stack, and
// which hold them back for the next checkout due. (The same-tick burst against a real pool: capture-policy.test.ts.)
import { describe, expect, it } from "vitest";
import { newCheckoutRecord, type LeakEvent } from "../../src/runtime/leak-detector.js";
import { BURST_GAP_MS, MAX_DELAY_MS, StacklessBatch, StacklessReturns } from "../../src/runtime/stackless-batch.js";

const THRESHOLD = 200;

function stacklessLeak(heldMs: number, helper?: "withClient"): LeakEvent {
  return { poolName: "main", heldMs, stack: "", site: "unknown", fn: "<unknown>", phase: "held", stackCaptured: false, fullStack: "", helper, inQuery: false, connectionLost: undefined, transaction: undefined, loopBlockedMs: 0, loopCpuMs: 0 };
}

/** A checkout still within its threshold, due `dueInMs` after `now`, with or without a captured stack. */
function pending(now: number, dueInMs: number, withStack = false) {
  const record = newCheckoutRecord(now + dueInMs - THRESHOLD, undefined, undefined);
  if (withStack) record.acquired = { site: "src/a.ts:1:1", fn: "f", line: "src/a.ts:1", stack: "", fullStack: "" };
  return record;
}

describe("StacklessBatch", () => {
  it("logs a lone leak at its tick, in the one-client wording", () => {
    const batch = new StacklessBatch("main", THRESHOLD);
    batch.add(stacklessLeak(201), 1000);
    const lines = batch.tickEnd(undefined, 1000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Possible connection leak in pool 'main': a client acquired at an unknown site has been held for 201 ms/);
    expect(batch.tickEnd(undefined, 1001)).toEqual([]);
  });

  it("holds the line back while the next checkout due has no stack and is due within the burst gap", () => {
    const batch = new StacklessBatch("main", THRESHOLD);
    batch.add(stacklessLeak(201), 1000);
    expect(batch.tickEnd(pending(1000, BURST_GAP_MS), 1000)).toEqual([]);
    batch.add(stacklessLeak(230), 1000 + BURST_GAP_MS);
    const lines = batch.tickEnd(undefined, 1000 + BURST_GAP_MS);
    expect(lines).toEqual([
      expect.stringMatching(/^Possible connection leaks in pool 'main': 2 clients acquired at unknown sites have been held for 201–230 ms \(leakDetectionMs 200\)/),
    ]);
  });

  it("does not wait for a checkout due later than the gap, for one with a stack, or past the longest delay", () => {
    const later = new StacklessBatch("main", THRESHOLD);
    later.add(stacklessLeak(201), 1000);
    expect(later.tickEnd(pending(1000, BURST_GAP_MS + 1), 1000)).toHaveLength(1);

    const named = new StacklessBatch("main", THRESHOLD);
    named.add(stacklessLeak(201), 1000);
    expect(named.tickEnd(pending(1000, 1, true), 1000)).toHaveLength(1);

    const long = new StacklessBatch("main", THRESHOLD);
    long.add(stacklessLeak(201), 1000);
    expect(long.tickEnd(pending(1000, 1), 1000 + MAX_DELAY_MS)).toHaveLength(1);
  });

  it("keeps a line per helper kind: a client withClient holds is not a missing release", () => {
    const batch = new StacklessBatch("main", THRESHOLD);
    batch.add(stacklessLeak(201), 1000);
    batch.add(stacklessLeak(202), 1000);
    batch.add(stacklessLeak(203, "withClient"), 1000);
    const lines = batch.tickEnd(undefined, 1000);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("2 clients acquired at unknown sites have been held for 201–202 ms");
    expect(lines[1]).toMatch(/^Possible connection leak in pool 'main': a client acquired through `withClient` at an unknown site/);
  });
});

describe("StacklessReturns", () => {
  const returned = (heldMs: number): LeakEvent => ({ ...stacklessLeak(heldMs), phase: "returned" });

  it("logs a lone return in the one-client wording, by its timer, and nothing is left to flush", async () => {
    const lines: string[] = [];
    const logged = new Promise<void>((resolve) => {
      const returns = new StacklessReturns(THRESHOLD, (line) => {
        lines.push(line);
        resolve();
      });
      returns.add(returned(3733.4));
    });
    await logged;
    expect(lines).toEqual(["Pool 'main': the client acquired at an unknown site and reported as a possible leak was returned after 3733 ms"]);
  });

  it("sums the returns that come together in one line, which flush() (the monitor's stop) gives at once", () => {
    const lines: string[] = [];
    const returns = new StacklessReturns(THRESHOLD, (line) => lines.push(line));
    returns.add(returned(3745));
    returns.add(returned(3702));
    returns.add(returned(3746));
    expect(returns.flush()).toEqual([
      "Pool 'main': 3 clients acquired at unknown sites and reported as possible leaks were returned after 3702–3746 ms",
    ]);
    expect(returns.flush()).toEqual([]);
    expect(lines).toEqual([]);
  });
});
