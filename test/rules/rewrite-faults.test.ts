// The withClient rewrites must do what the code did on the failures rewrite-behaviour.test.ts does not inject: a
// connect() that fails (the pool exhausted past connectionTimeoutMillis, a wrong password, a pool already ended),
// the snippet's own code throwing between queries (the n-th `log.push` throws), the server ending the snippet's
// connection before its n-th query (pg_terminate_backend from another session, mid-transaction included), and two
// runs at once on a pool of one client. Every snippet of rewrite-behaviour-*.ts runs before and after its rewrite on
// each such path; what the caller sees, the side effects, the SQL, the rows left and the pool afterwards must be
// the same, except that the rewrite gives back the client of the leak no-leaked-client reported.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CONNECT_FAILURES, failingPool, type ConnectFailure } from "../support/failing-connect.js";
import {
  BehaviourBench,
  expectedAfter,
  load,
  rewrite,
  rollbackFaulted,
  type BehaviourCase,
  type Fault,
  type Observation,
  type Run,
} from "../support/rewrite-behaviour.js";
import { scratchDatabase } from "../support/scratch-database.js";
import { faultCases } from "./rewrite-behaviour-fault-cases.js";
import { fixCases } from "./rewrite-behaviour-fixes.js";
import { leakExitCases } from "./rewrite-behaviour-leak-exits.js";
import { realCodeCases } from "./rewrite-behaviour-real-code.js";
import { suggestionCases } from "./rewrite-behaviour-suggestions.js";

let bench: BehaviourBench;
/** The same table through a pool of one client: two runs at once wait for each other. */
let single: BehaviourBench;
let database: Awaited<ReturnType<typeof scratchDatabase>>;

beforeAll(async () => {
  database = await scratchDatabase(inject("databaseUrl"), "rewrite_faults");
  bench = new BehaviourBench(database.url);
  single = new BehaviourBench(database.url, 1);
  await bench.start();
  await single.start();
});

afterAll(async () => {
  await bench?.stop();
  await single?.stop();
  await database?.drop();
});

const cases = [...fixCases, ...suggestionCases, ...realCodeCases, ...faultCases, ...leakExitCases];
const named = cases.map((testCase) => [`${testCase.rule}: ${testCase.name}`, testCase] as const);
function both(testCase: BehaviourCase) {
  const rewrittenCode = rewrite(testCase.code, testCase.rule);
  return { original: load(testCase.code), rewritten: load(rewrittenCode), rewrittenCode };
}
const leakReported = (testCase: BehaviourCase) => testCase.rule === "no-leaked-client";

/** Runs every fault `faults(success)` names (from the success path's observation), before and after; counts paths. */
async function compareFaults(testCase: BehaviourCase, faults: (log: number, queries: number) => Fault[]): Promise<number> {
  const { original, rewritten, rewrittenCode } = both(testCase);
  let paths = 0;
  for (const input of testCase.inputs) {
    const success = await bench.observe(original, input, 0);
    for (const fault of faults(success.log.length, success.queries.length)) {
      const before = await bench.observe(original, input, fault);
      const after = await bench.observe(rewritten, input, fault);
      const at = "at" in fault ? fault.at : 0;
      // (The ROLLBACK a terminated connection fails: withTransaction rethrows what caused it, as on the path without it.)
      const unmasked = fault.kind === "terminated" && rollbackFaulted(rewrittenCode, before, at) ? success.outcome : undefined;
      expect(after, `input ${JSON.stringify(input)}, ${fault.kind} fault at ${at}`).toEqual(
        expectedAfter(before, leakReported(testCase), unmasked),
      );
      paths += 1;
    }
  }
  return paths;
}

const upTo = (count: number, kind: "terminated" | "user-code"): Fault[] =>
  Array.from({ length: count }, (_, index) => ({ kind, at: index + 1 }));

/** A run on a pool whose connect() fails with `failure`; the pool is disposed of after. */
async function observeFailingConnect(run: Run, input: unknown, failure: ConnectFailure): Promise<Observation> {
  const failing = await failingPool(database.url, failure);
  try {
    return await bench.observeOn(failing.pool, run, input);
  } finally {
    await failing.dispose();
  }
}

/**
 * The original's observation as the rewrite must reproduce it when connect() fails. One difference is allowed: the
 * `let` form's catch (`ROLLBACK; throw e`) read the client it never got, so the original threw a TypeError in place
 * of connect()'s error; withTransaction does not get that far, and the caller sees connect()'s own error.
 */
function expectedAfterFailedConnect(before: Observation, connectError: Observation["outcome"]): Observation {
  const masked = "threw" in before.outcome && before.outcome.threw.name === "TypeError" && /reading 'query'/.test(before.outcome.threw.message);
  return masked ? { ...before, outcome: connectError } : before;
}

describe("a connect() that fails: the caller sees the same error, nothing else happens", () => {
  it.each(named)("%s", async (_name, testCase) => {
    const { original, rewritten } = both(testCase);
    for (const failure of CONNECT_FAILURES) {
      // What the failing pool's connect() throws, to recognise it.
      const { outcome: connectError } = await observeFailingConnect((pool) => pool.connect(), null, failure);
      expect(connectError).toHaveProperty("threw");
      for (const input of testCase.inputs) {
        const before = await observeFailingConnect(original, input, failure);
        const after = await observeFailingConnect(rewritten, input, failure);
        expect(after, `input ${JSON.stringify(input)}, ${failure}`).toEqual(expectedAfterFailedConnect(before, connectError));
      }
    }
  });
});

describe("the snippet's own code throws between queries (each `log.push` in turn)", () => {
  it.each(named)("%s", async (_name, testCase) => {
    await compareFaults(testCase, (pushes) => upTo(pushes, "user-code"));
  });
});

describe("the server ends the connection before each query in turn (mid-transaction too)", () => {
  it.each(named)("%s", async (_name, testCase) => {
    expect(await compareFaults(testCase, (_pushes, queries) => upTo(queries, "terminated"))).toBeGreaterThan(0);
  });
});

describe("two runs at once on a pool of one client: same order, no deadlock", () => {
  it.each(named)("%s", async (_name, testCase) => {
    const { original, rewritten } = both(testCase);
    const [first, second = first] = testCase.inputs;
    const leaks = (await bench.observe(original, first, 0)).held + (await bench.observe(original, second, 0)).held > 0;
    const after = await single.observeTogether(rewritten, [first, second]);
    if (!leaks) {
      expect(after).toEqual(await single.observeTogether(original, [first, second]));
      return;
    }
    // The original keeps its client, so its second run would wait for it forever (and not run at all here: it would
    // take the client back at the reset and run into the next case). The rewrite gives it back: both runs finish.
    expect(leakReported(testCase)).toBe(true);
    expect(after.outcomes.filter((outcome) => "settled" in outcome)).toEqual([]);
    expect([after.held, after.waiting]).toEqual([0, 0]);
  });
});
