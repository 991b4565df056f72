// The withClient rewrites must do what the code did. Each snippet (rewrite-behaviour-*.ts) runs before and after
// its rewrite against a real PostgreSQL, on the success path and with a fault injected at each query the success
// path sends in turn, and every run of the rewritten code must be observed exactly as the original's: the caller's
// value or error, the logged side effects in order, the SQL sent in order, the rows left, the pool afterwards. The one
// difference allowed is the leak no-leaked-client reported: where the original kept its client, the rewrite gives it
// back (and then not inside an open transaction).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scratchDatabase } from "../support/scratch-database.js";
import { BehaviourBench, expectedAfter, load, rewrite, rollbackFaulted, type BehaviourCase } from "../support/rewrite-behaviour.js";
import { faultCases } from "./rewrite-behaviour-fault-cases.js";
import { fixCases } from "./rewrite-behaviour-fixes.js";
import { handlerCases } from "./rewrite-behaviour-handlers.js";
import { leakExitCases } from "./rewrite-behaviour-leak-exits.js";
import { realCodeCases } from "./rewrite-behaviour-real-code.js";
import { suggestionCases } from "./rewrite-behaviour-suggestions.js";

let bench: BehaviourBench;
let database: Awaited<ReturnType<typeof scratchDatabase>>;

beforeAll(async () => {
  database = await scratchDatabase(inject("databaseUrl"), "rewrite_behaviour");
  bench = new BehaviourBench(database.url);
  await bench.start();
});

afterAll(async () => {
  await bench?.stop();
  await database?.drop();
});

/** Runs the case's every path before and after; returns how many paths ran (each once before, once after). */
async function compare(testCase: BehaviourCase): Promise<number> {
  const original = load(testCase.code);
  const rewrittenCode = rewrite(testCase.code, testCase.rule);
  const rewritten = load(rewrittenCode);
  const leakReported = testCase.rule === "no-leaked-client";
  let paths = 0;
  for (const input of testCase.inputs) {
    // No fault first: the queries it sends are the ones a fault can hit.
    const success = await bench.observe(original, input, 0);
    for (let faultAt = 0; faultAt <= success.queries.length; faultAt += 1) {
      const before = faultAt === 0 ? success : await bench.observe(original, input, faultAt);
      const after = await bench.observe(rewritten, input, faultAt);
      const where = `input ${JSON.stringify(input)}, ${faultAt === 0 ? "no fault" : `fault at query ${faultAt}`}`;
      // A failed ROLLBACK's error replaced the error that caused it; withTransaction rethrows the cause, which is what
      // the path without that fault threw.
      const unmasked = rollbackFaulted(rewrittenCode, before, faultAt) ? success.outcome : undefined;
      expect(after, where).toEqual(expectedAfter(before, leakReported, unmasked));
      paths += 1;
    }
  }
  return paths;
}

const named = (cases: readonly BehaviourCase[]) => cases.map((testCase) => [testCase.name, testCase] as const);
const rewritten = (rule: BehaviourCase["rule"]) => [
  ...(rule === "prefer-with-client" ? fixCases : suggestionCases),
  ...[...realCodeCases, ...handlerCases, ...faultCases, ...leakExitCases].filter((c) => c.rule === rule),
];

describe("prefer-with-client's fix does what the manual block did", () => {
  it.each(named(rewritten("prefer-with-client")))("%s", async (_name, testCase) => {
    expect(await compare(testCase)).toBeGreaterThan(testCase.inputs.length);
  });
});

describe("no-leaked-client's suggestion does what the code did, and gives the leaked client back", () => {
  it.each(named(rewritten("no-leaked-client")))("%s", async (_name, testCase) => {
    expect(await compare(testCase)).toBeGreaterThan(testCase.inputs.length);
  });
});
