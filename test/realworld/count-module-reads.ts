// Dev script (review-32a): how many files the module reader (src/analysis/pools/module-pools.ts) reads while the
// corpus is scored — a counter wrapped around fs.readFileSync here, none in shipped code. Compare two versions of
// src by running it on each: `npx tsx test/realworld/count-module-reads.ts [list.txt]` prints the score and the counts,
// and writes the files read to list.txt when given.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const readFileSync = fs.readFileSync;
const files = new Map<string, number>();
fs.readFileSync = function (this: unknown, ...args: Parameters<typeof readFileSync>) {
  if (new Error().stack?.includes("module-pools") === true) files.set(String(args[0]), (files.get(String(args[0])) ?? 0) + 1);
  return readFileSync.apply(this, args);
} as typeof readFileSync;
syncBuiltinESMExports();

const { discoverCases, readKnownGaps, scoreCorpus } = await import("./corpus.js");
const { cases } = discoverCases();
const score = await scoreCorpus(cases, readKnownGaps());
const reads = [...files.values()].reduce((sum, count) => sum + count, 0);
console.log(JSON.stringify({ tp: score.tp, fp: score.fp, fn: score.fn, tn: score.tn, filesRead: files.size, reads }));
const list = process.argv[2];
if (list) fs.writeFileSync(list, [...files.keys()].sort().join("\n") + "\n");
