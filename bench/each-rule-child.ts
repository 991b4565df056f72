// The measurement of bench/each-rule.ts, run transpiled in plain Node: `node each-rule-child.js <options JSON>`.
import { join } from "node:path";
import { PerformanceObserver, constants } from "node:perf_hooks";
import type { Linter } from "eslint";
import { buildLintCorpus } from "./corpus/lint-corpus.js";
import { collectGarbage } from "./gc.js";
import { createEslint, oneNoOpRule, parserOnly } from "./lint-config.js";
import { lintPass } from "./lint-pass.js";
import { median } from "./stats.js";
import plugin from "../src/plugin.js";

interface Options {
  root: string;
  rounds: number;
  quick: boolean;
  rules?: string[];
  /** ESLint's per-rule timing on every side (the "rules' timed" column); its wrappers allocate too. */
  stats: boolean;
}

interface Sample {
  ms: number[];
  /** CPU time of the process (all its threads: V8's parallel scavenger included) per pass. */
  cpu: number[];
  timed: number[];
  young: number[];
  full: number[];
  scavenges: number[];
  /** `[pass][file]` */
  fileMs: number[][];
  problems: number;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function main(options: Options): Promise<void> {
  const log = (line: string) => process.stderr.write(`[each] ${line}\n`);
  const cwd = join(options.root, "corpus");
  const corpus = await buildLintCorpus({ root: cwd, generatedFiles: options.quick ? 80 : 150, nodeModulesFiles: options.quick ? 40 : 80 });
  const files = corpus.files;
  const recommended = plugin.configs.recommended;
  const ruleNames = options.rules ?? Object.keys(plugin.rules);
  const alone = (name: string): Linter.Config[] => [parserOnly, { plugins: recommended.plugins, rules: { [`poolguard/${name}`]: "error" } }];
  const sides: Array<{ name: string; configs: readonly Linter.Config[] }> = [
    { name: "parser, no rules", configs: [parserOnly] },
    { name: "one no-op rule", configs: oneNoOpRule },
    ...ruleNames.map((name) => ({ name: `${name} alone`, configs: alone(name) })),
    { name: "recommended", configs: [parserOnly, recommended] },
  ];

  let young = 0;
  let full = 0;
  let scavenges = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        young += entry.duration;
        scavenges++;
      } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) full += entry.duration;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const settle = () => new Promise((done) => setTimeout(done, 20));

  const samples: Sample[] = sides.map(() => ({ ms: [], cpu: [], timed: [], young: [], full: [], scavenges: [], fileMs: [], problems: 0 }));
  for (const side of sides) {
    const warm = await lintPass(createEslint(cwd, side.configs, { stats: options.stats }), files);
    if (warm.crashes.length > 0) throw new Error(`each-rule: ${side.name} crashed on ${warm.crashes.map((c) => c.filePath).join(", ")}`);
  }
  log(`${files.length} files; warm-up done; ${options.rounds} rounds of ${sides.length} whole passes`);
  for (let round = 0; round < options.rounds; round++) {
    for (let turn = 0; turn < sides.length; turn++) {
      const index = (round + turn) % sides.length;
      const eslint = createEslint(cwd, sides[index]!.configs, { stats: options.stats });
      collectGarbage();
      await settle();
      young = full = scavenges = 0;
      // Markers for the launcher, which reads V8's --trace-gc-nvp lines between them (bytes copied and promoted).
      process.stdout.write(`@@begin ${index}\n`);
      const cpu = process.cpuUsage();
      const pass = await lintPass(eslint, files, false);
      const used = process.cpuUsage(cpu);
      await settle();
      process.stdout.write(`@@end ${index}\n`);
      samples[index]!.cpu.push((used.user + used.system) / 1000);
      const sample = samples[index]!;
      sample.ms.push(pass.ms);
      sample.timed.push(Object.values(pass.ruleMs).reduce((sum, ms) => sum + ms, 0));
      sample.young.push(young);
      sample.full.push(full);
      sample.scavenges.push(scavenges);
      sample.fileMs.push(pass.fileMs);
      sample.problems = pass.problems;
    }
    log(`round ${round + 1}/${options.rounds}`);
  }
  observer.disconnect();

  const fileMin = (sample: Sample) => files.reduce((sum, _, file) => sum + Math.min(...sample.fileMs.map((pass) => pass[file]!)), 0);
  const base = samples[0]!;
  const [baseMs, baseYoung, baseFull, baseMin] = [median(base.ms), median(base.young), median(base.full), fileMin(base)];
  console.log(`@@sides ${JSON.stringify(sides.map((side) => side.name))}`);
  console.log(`\n${files.length} files, ${options.rounds} whole passes per configuration (medians; ms per pass)\n`);
  console.log("| configuration | pass | over no rules | % | CPU (Δ) | rules' timed | untimed | young GC (Δ) | full GC (Δ) | scavenges | per-file minimums (Δ) | problems |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [index, side] of sides.entries()) {
    const s = samples[index]!;
    const over = median(s.ms) - baseMs;
    const timed = median(s.timed);
    console.log(
      `| ${side.name} | ${fixed(median(s.ms), 0)} | ${fixed(over)} | ${fixed((100 * over) / baseMs, 2)} | ${fixed(median(s.cpu), 0)} (${fixed(median(s.cpu) - median(base.cpu))}) | ${fixed(timed)} | ${fixed(over - timed)} | ` +
        `${fixed(median(s.young))} (${fixed(median(s.young) - baseYoung)}) | ${fixed(median(s.full))} (${fixed(median(s.full) - baseFull)}) | ` +
        `${median(s.scavenges)} | ${fixed(fileMin(s), 0)} (${fixed(fileMin(s) - baseMin)}) | ${s.problems} |`,
    );
  }
}

main(JSON.parse(process.argv[2] ?? "{}") as Options).catch((error: unknown) => {
  process.stderr.write(`each-rule: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
