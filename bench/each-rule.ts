// `npx tsx bench/each-rule.ts [--rounds n] [--quick] [--rules a,b] [--profile dir] [--no-stats]`: where the lint
// overhead goes that ESLint's per-rule timing does not show. The bench corpus linted in whole passes, one
// configuration after the other in rotating order (as bench/lint-any-rule.ts does, so that each pass pays for its own
// garbage): the parser alone, one rule that does nothing, each poolguard rule alone, and `recommended`, all with
// `stats: true` (so every side pays the same timing wrappers; `--no-stats` leaves them out, and the timed column
// reads 0). Per configuration: the pass's time and CPU time, its garbage collections, the rules' own timed time, the
// rest (pass − parser alone − timed: what ESLint and the collections charge for the rule being on), and the bytes V8
// allocated, copied and promoted, which unlike the times do not move with the machine's load. A one-off tool, like
// bench:ab (results in docs/benchmarks.md): the launcher (this file under tsx) transpiles the work tree as
// bench/build.ts does and runs bench/each-rule-child.ts in plain Node.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { median } from "./stats.js";
import { transpileForBench } from "./build.js";
import { repoRoot } from "./repo-root.js";
import { exitCodeOf } from "./entry.js";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    quick: { type: "boolean", default: false },
    rules: { type: "string" },
    profile: { type: "string" },
    "no-stats": { type: "boolean", default: false },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`each-rule: --rounds must be a positive integer, got ${values.rounds}`);
const root = await mkdtemp(join(tmpdir(), "poolguard-each-"));
try {
  await transpileForBench(repoRoot, join(root, "head"));
  const options = { root, rounds, quick: values.quick, rules: values.rules?.split(","), stats: !values["no-stats"] };
  // Sampled every 100 µs: a rule takes a few ms a pass, which the default 1 ms interval resolves poorly.
  const profile = values.profile ? ["--cpu-prof", "--cpu-prof-interval=100", `--cpu-prof-dir=${resolve(values.profile)}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, "--expose-gc", "--trace-gc-nvp", join(root, "head", "bench", "each-rule-child.js"), JSON.stringify(options)],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, POOLGUARD_REPO_ROOT: repoRoot } },
  );
  // V8's young-generation collections between the child's pass markers: bytes allocated, copied within the young
  // generation and promoted to old space, per pass — what the rules' garbage and retention cost, free of the machine's
  // load (the times above are not).
  const bytes = new Map<number, Array<{ allocated: number; survived: number; promoted: number }>>();
  let current: { allocated: number; survived: number; promoted: number } | undefined;
  let sides: string[] = [];
  const lines = createInterface({ input: child.stdout! });
  lines.on("line", (line) => {
    const marker = /^@@(begin|end|sides) (.*)$/.exec(line);
    if (marker?.[1] === "begin") {
      current = { allocated: 0, survived: 0, promoted: 0 };
      const index = Number(marker[2]);
      bytes.set(index, [...(bytes.get(index) ?? []), current]);
    } else if (marker?.[1] === "end") current = undefined;
    else if (marker?.[1] === "sides") sides = JSON.parse(marker[2]!) as string[];
    else if (/ gc=s /.test(line)) {
      if (current) {
        const field = (name: string) => Number(new RegExp(` ${name}=(\\d+)`).exec(line)?.[1] ?? 0);
        current.allocated += field("allocated");
        current.survived += field("new_space_survived");
        current.promoted += field("promoted");
      }
    } else if (!/ gc=| pause=|^\[\d+:0x/.test(line)) console.log(line);
  });
  process.exitCode = await exitCodeOf(child);
  const mb = (value: number) => (value / 2 ** 20).toFixed(1);
  console.log("\nYoung-generation collections per pass (medians, MiB): allocated / copied in the young generation / promoted\n");
  console.log("| configuration | allocated | copied | promoted |");
  console.log("|---|---:|---:|---:|");
  for (const [index, name] of sides.entries()) {
    const passes = bytes.get(index) ?? [];
    const med = (pick: (pass: { allocated: number; survived: number; promoted: number }) => number) => median(passes.map(pick));
    console.log(`| ${name} | ${mb(med((p) => p.allocated))} | ${mb(med((p) => p.survived))} | ${mb(med((p) => p.promoted))} |`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
