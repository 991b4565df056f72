// Renders one run's results, the generated part of docs/benchmarks.md (report-file.ts puts it between the page's
// markers). Every figure there comes from here: regenerate it with `npm run bench`, never edit it by hand.
import type { AnyRuleSideName } from "./lint-any-rule.js";
import { isSkipped, type BenchResults, type Skipped, type Target } from "./results.js";
import { summarize, type Summary } from "./stats.js";
import { verdictOf } from "./verdict.js";
import { pausesParagraph, pooledParagraph } from "./report-lint-estimators.js";
import { basisNames, besideText, lintHeadline, onBasis, type LintHeadline } from "./lint-headline.js";

const fixed = (value: number, digits: number) => value.toFixed(digits);
const triple = (summary: Summary, digits: number) =>
  `${fixed(summary.min, digits)} / ${fixed(summary.median, digits)} / ${fixed(summary.max, digits)}`;
const skippedLine = (part: Skipped) => `Not measured: ${part.skipped}.\n`;
/** `name value` pairs of a figures object whose fields belong to another module (bench/runtime-micro.ts). */
const facts = (figures: object | undefined) =>
  Object.entries(figures ?? {})
    .map(([name, value]) => `\`${name}\` ${typeof value === "number" ? fixed(value, 1) : String(value)}`)
    .join(", ");

function header(results: BenchResults): string {
  const { machine } = results;
  return `## The last run

What poolguard costs in the editor and CI (lint) and around every query (runtime), as ratios taken side by side
in one run: the machine is shared and noisy, so absolute times do not carry from one machine or run to another.
Every figure is min / median / max over the repetitions; comparisons use medians of alternating runs.

- Command: \`${results.command}\` (${results.mode} run, ${Math.round(results.durationSeconds)} s), ${results.startedAt}
- Code: commit ${results.source.commit}${results.source.uncommittedChanges ? " plus uncommitted changes in src/, rules/ or bench/ (the work tree is what is measured)" : ""}
- Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform};
  1-minute load average ${fixed(machine.loadAverage.start, 2)} at the start, ${fixed(machine.loadAverage.end, 2)} at the end
  (other work was running on the same cores)
- Code measured: \`src/\`, \`rules/\` and \`bench/\` transpiled by TypeScript's \`transpileModule\` and run in plain
  Node, as a published build runs (under tsx, esbuild's \`keepNames\` wraps every closure and source maps make
  each captured stack dearer: neither is in production)
`;
}

const headlineOf = (results: BenchResults): LintHeadline | undefined =>
  results.lint && !isSkipped(results.lint) ? lintHeadline(results.lint) : undefined;

function targets(results: BenchResults): string {
  const headline = headlineOf(results);
  const within = (halfWidth: number | null) => (halfWidth === null ? "" : `± ${fixed(halfWidth, 2)}`);
  const rows = results.targets.flatMap((target) => {
    const value = target.value === null ? "—" : fixed(target.value, 3);
    const verdict = target.verdict === "met" || target.verdict === "not measured" ? target.verdict : `**${target.verdict}**`;
    const name = target.basis ? `${target.name}, on ${onBasis[target.basis]}` : target.name;
    const row = `| ${name} | ${value} | ${within(target.halfWidth)} | ${target.limit} | ${verdict} |`;
    if (target.name !== "lint.overheadPercent" || !headline || headline.basis === "wall") return [row];
    // The wall clock's figure beside the headline, with the verdict it would have: shown, not the target's verdict.
    const wall = verdictOf(headline.wall.overheadPercent, headline.wall.halfWidth, (v) => v <= 5);
    return [
      row,
      `| the same on the wall clock (beside the headline, not its verdict) | ${fixed(headline.wall.overheadPercent, 3)} | ${within(headline.wall.halfWidth)} | ${target.limit} | ${wall} |`,
    ];
  });
  return `## Targets

| figure | value | the run's noise (±, about 95 %) | target | verdict |
|---|---:|---:|---|---|
${rows.join("\n")}

The lint figures are medians over processes, and a process's figure can read several points off: the overhead's
noise is taken from its A/A control on the same basis (the root mean square of the processes' controls about 0, bias included, as
the error of one process; the median of n processes about 2 × 1.25 × that ÷ √n), the largest rule share's from the
processes' spread; a run of fewer than three processes (\`--quick\`: one) cannot show it. A target inside value ±
noise, or without it, is **not resolved**: this run cannot tell whether it is met (the target is unchanged; a
quieter machine or more processes narrow the noise). The other figures are judged on their value.
`;
}

function corpus(results: BenchResults): string {
  const part = results.corpus;
  if (!part) return "";
  if (isSkipped(part)) return `## Lint corpus\n\n${skippedLine(part)}`;
  const rows = part.origins.map(
    (origin) => `| ${origin.origin} | ${origin.files} | ${origin.lines} | ${Math.round(origin.bytes / 1024)} |`,
  );
  return `## Lint corpus

| source | files | lines | kB |
|---|---:|---:|---:|
${rows.join("\n")}

- \`fixtures\`: every parseable file under \`fixtures/\` (the rules' leaky and safe samples, the demo app, …).
- \`generated\`: service modules written by \`bench/corpus/pool-code.ts\` (seeded, so the same every run):
  ${part.generatedFunctions} functions, of which ${part.generatedAcquisitions} acquire a client with \`connect()\`
  (${fixed((100 * part.generatedAcquisitions) / Math.max(1, part.generatedFunctions), 1)} %; most go through
  \`pool.query\` or \`withClient\`; a quarter of the acquisitions leak the way the seed's guide describes), in a
  TypeScript project of their own where \`poolguard/runtime\` is a package under its \`node_modules\`, as in a user's
  project (until session 25's benchcorpus-v: a tsconfig \`paths\` alias to \`src/runtime\`, which the rules read as
  a module of the project).
- \`node_modules\`: real \`.js/.ts\` files of 1–40 kB sampled from this project's \`node_modules\` by a hash of their
  path (stable), minified and unparseable files skipped.
- Files a rule crashed on: ${part.crashes} (left out of the timed passes; they are bugs to fix).
`;
}

function lint(results: BenchResults): string {
  const part = results.lint;
  if (!part) return "";
  if (isSkipped(part)) return `## Lint cost\n\n${skippedLine(part)}`;
  const headline = lintHeadline(part);
  const rules = part.rules.map(
    (rule) => `| \`${rule.rule}\` | ${triple(rule.ms, 1)} | ${fixed(rule.perFileMedianMs, 1)} | ${fixed(rule.sharePercent, 2)} |`,
  );
  return `## Lint cost

The corpus above linted by ESLint's \`lintText\` (no file I/O) with \`@typescript-eslint/parser\` and no rules, and
with \`poolguard.configs.recommended\`, in ${part.processes.length} fresh Node process${part.processes.length === 1 ? "" : "es"}
one after the other, each with its own warm-up (${part.pairs} passes in all). In a pass each file is linted by every
configuration in turn, the order changing from file to file and pass to pass through the four orders of a Williams
square, so that over four passes each configuration lints each file once in each position and once right after each
other configuration (the one that comes next pays part of the garbage the one before left, and the first lint of a
file is the dearest: bench/lint-pass.ts). Every pass uses ESLint instances of its own (so, as in a CLI run, each file's config is computed in the pass
that lints it).

| configuration | ms per pass (min / median / max) |
|---|---:|
| parser, no rules | ${triple(part.withoutMs, 0)} |
| parser + \`configs.recommended\` | ${triple(part.withMs, 0)} |
| parser + one rule that does nothing | ${triple(summarize(part.passesMs.anyRule), 0)} |

**lint.overheadPercent = ${fixed(headline.headline.overheadPercent, 2)} %**${part.processes.length > 1 ? ", the median over the processes" : ""}, on ${basisNames[headline.basis]}; by ${headline.basis === "wall" ? basisNames.mutator : basisNames.wall}, beside it: **${fixed((headline.basis === "wall" ? headline.mutator : headline.wall).overheadPercent, 2)} %**. In each
process, each side's time is taken file by file — each file's median over the passes, summed over the files — then
100 × (with − without) ÷ without. A burst of other work on the machine, or a garbage collection, lands on a few files
of one pass: a file's median leaves it out, where a pass's sum takes it in. Problems reported on the corpus:
${part.problems}.

${basisParagraph(headline)}

Processes are drawn anew because one process settles on something for the rules' code (what V8 optimises, and when;
where the heap sits) that the A/A control does not share: two single-process runs of nearly the same code read 7.8 %
and 2.0 % with the control within 0.5 % of 0 in both. Each process's figures, in %:

| process | overhead (wall clock, per-file medians) | control | overhead (per-file minimums) | median of the passes' overheads | one no-op rule | recommended over the no-op rule | largest rule share |
|---|---:|---:|---:|---:|---:|---:|---:|
${part.processes
  .map(
    (run, index) =>
      `| ${index + 1} | ${fixed(run.overheadPercent, 2)} | ${fixed(run.controlOverheadPercent, 2)} | ${fixed(run.perFileMinOverheadPercent, 2)} | ${fixed(run.passMedianOverheadPercent, 2)} | ${fixed(run.anyRuleOverheadPercent, 2)} | ${fixed(run.overheadOverAnyRulePercent, 2)} | ${run.largestRule ? `${fixed(run.largestRule.sharePercent, 2)} (\`${run.largestRule.rule}\`)` : "–"} |`,
  )
  .join("\n")}

What ESLint costs as soon as any rule is on: the same passes linted every file a fourth time with the parser and one
rule whose \`create\` returns no listener. It reads **${fixed(part.anyRule.overheadPercent, 2)} %** over the parser
alone (per-file minimums: ${fixed(part.anyRule.perFileMinOverheadPercent, 2)} %), and \`recommended\`
**${fixed(part.overheadOverAnyRulePercent, 2)} %** over it (medians over the processes). Neither is a clean split
between ESLint and poolguard: what a rule being on costs is mostly garbage collection, which lands on whichever
configuration is linting when it starts, the parser-only ones included, so interleaved passes share it out among
the sides. Whole passes, one configuration after the other, charge it to the side that causes it: see "Running any
rule" below.

How far to trust it: the same passes also linted every file a third time with the parser-only configuration again,
an A/A control that costs exactly what the first does, so its "overhead" would be 0 on a quiet machine. The other
estimators, over the same samples (medians over the processes; the pass columns pool every process's passes), in %:

| side | per-file medians (wall clock) | per-file minimums | median of the passes' own overheads | per pass (min / median / max) |
|---|---:|---:|---:|---:|
| parser, no rules again (control) | ${fixed(part.control.overheadPercent, 2)} | ${fixed(part.control.perFileMinOverheadPercent, 2)} | ${fixed(part.control.passMedianOverheadPercent, 2)} | ${triple(part.control.pairOverheadPercent, 2)} |
| parser + \`configs.recommended\` | ${fixed(part.overheadPercent, 2)} | ${fixed(part.perFileMinOverheadPercent, 2)} | ${fixed(part.passMedianOverheadPercent, 2)} | ${triple(part.pairOverheadPercent, 2)} |

From the two columns' medians of pass sums instead: ${fixed(part.overheadOfMediansPercent, 2)} %. A control far from 0
means this run cannot resolve differences of that size.

The same reductions over each file's CPU time of the process (\`process.cpuUsage\`, every thread) instead of its
wall-clock time, in the same passes: the wall clock also counts the time the process waited for a core while other
work ran on the machine, the CPU time does not. Overhead and its A/A control side by side, in %:

| process | wall, per-file medians | its control | wall, per-file minimums | its control | CPU, per-file medians | its control | CPU, per-file minimums | its control |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${part.processes
  .map(
    (run, index) =>
      `| ${index + 1} | ${fixed(run.overheadPercent, 2)} | ${fixed(run.controlOverheadPercent, 2)} | ${fixed(run.perFileMinOverheadPercent, 2)} | ${fixed(run.perFileMinControlPercent, 2)} | ${fixed(run.cpuOverheadPercent, 2)} | ${fixed(run.cpuControlPercent, 2)} | ${fixed(run.cpuMinOverheadPercent, 2)} | ${fixed(run.cpuMinControlPercent, 2)} |`,
  )
  .join("\n")}
| median | ${fixed(part.overheadPercent, 2)} | ${fixed(part.control.overheadPercent, 2)} | ${fixed(part.perFileMinOverheadPercent, 2)} | ${fixed(part.control.perFileMinOverheadPercent, 2)} | ${fixed(part.cpu.overheadPercent, 2)} | ${fixed(part.cpu.control.overheadPercent, 2)} | ${fixed(part.cpu.perFileMinOverheadPercent, 2)} | ${fixed(part.cpu.control.perFileMinOverheadPercent, 2)} |

${pooledParagraph(part)}

${pausesParagraph(part)}

Each rule's share is its time from ESLint's per-rule timing (\`stats: true\`, the API behind \`TIMING\`), in
separate whole passes, reduced like the headline (each file's median over the timing passes, summed), as a
percentage of the parser alone in whole passes taking turns with them, reduced the same way
(${fixed(part.shareBaselineMs, 0)} ms; not the interleaved passes above, where each file comes four times in a row and
is linted faster); the median over the processes. That timing covers the time
inside a rule's listeners (and its \`create\`), including any garbage collection that happens to start there;
ESLint's own work of dispatching nodes and code path events to them is not in it, so the shares add up to less than
the overhead. The timing wraps every listener call, which inflates the shares a little.

| rule | ms per timing pass (min / median / max) | per-file medians, ms | share % |
|---|---:|---:|---:|
${rules.join("\n")}
`;
}

/** Which estimator the headline is on, why, and whether this run still meets the rule that chose it. */
function basisParagraph(headline: LintHeadline): string {
  const { mutator, wall } = headline;
  const holds =
    headline.ruleHolds === null
      ? "cannot be checked in a run of fewer than three processes"
      : headline.ruleHolds
        ? "holds in this run"
        : "does **not** hold in this run";
  return `The headline's basis is lintcost-o's rule (docs/benchmarks.md, round fourteen, written before the run it was
first applied to): an estimator is the headline's basis when its A/A control's root mean square over the processes is
at most half the wall clock's in the same run. The mutator's time met it in two full runs running (fb2070f: 0.98
against 2.27; c5f32a6: 1.22 against 2.66), so the headline ${headline.basis === "mutator" ? "is on it since then" : "was put on it; it is now back on the wall clock"} (bench/lint-headline.ts). In this run
the mutator's control's root mean square is ${fixed(mutator.controlRms, 2)} against the wall clock's ${fixed(wall.controlRms, 2)}: the rule ${holds}.
The mutator's time leaves out the collector's pauses (a third of every side's wall clock, shared out among the
interleaved sides by where each pause begins), and with them what the rules' garbage adds to them: the wall clock
includes it, and reads ${fixed(wall.overheadPercent, 2)} %${wall.halfWidth === null ? "" : ` ± ${fixed(wall.halfWidth, 2)}`} (the mutator ${fixed(mutator.overheadPercent, 2)} %${mutator.halfWidth === null ? "" : ` ± ${fixed(mutator.halfWidth, 2)}`}).`;
}

const anyRuleSideNames: Record<AnyRuleSideName, string> = {
  none: "parser, no rules",
  noOp: "parser + one rule that does nothing",
  noOpCopied: "parser + one rule that does nothing, contexts copied",
  recommended: "parser + `configs.recommended`",
  recommendedCopied: "parser + `configs.recommended`, contexts copied",
};

function anyRule(results: BenchResults): string {
  const part = results.anyRule;
  if (!part) return "";
  if (isSkipped(part)) return `## Running any rule\n\n${skippedLine(part)}`;
  const over = (name: AnyRuleSideName) => part.sides.find((side) => side.side === name)?.overPercent ?? Number.NaN;
  const rows = part.sides.map(
    (side) =>
      `| ${anyRuleSideNames[side.side]} | ${triple(side.ms, 0)} | ${side.side === "none" ? "–" : fixed(side.overPercent, 1)} | ${triple(side.youngGcMs, 0)} | ${fixed(side.scavenges, 0)} | ${triple(side.fullGcMs, 0)} |`,
  );
  return `## Running any rule

What ESLint costs as soon as one rule is on, before the rule does anything. The corpus above linted in whole passes,
one configuration after the other in rotating order (${part.rounds} pass${part.rounds === 1 ? "" : "es"} each after a warm-up), so that each pass
pays for the garbage it makes; garbage collection time from Node's \`gc\` performance entries.

| configuration | ms per pass (min / median / max) | % over no rules (medians) | young-generation GC, ms per pass | young-generation GCs | full GC, ms per pass |
|---|---:|---:|---:|---:|---:|
${rows.join("\n")}

One rule that does nothing costs ${fixed(over("noOp"), 1)} %. ESLint gives each rule a context whose prototype is the
file's context (\`FileContext#extend\` is \`Object.create(fileContext)\`), and V8 keeps an object that has become
a prototype reachable from old space until the next full collection: each file's whole \`SourceCode\` (tokens, AST,
scopes, the traversal's steps) then survives the young-generation collections and is copied and promoted, where
without rules it dies young. The "contexts copied" rows replace that \`extend\`, for their passes only, with one
that copies the file context's fields into an object of its own: the no-op rule then costs ${fixed(over("noOpCopied"), 1)} %,
and \`recommended\` ${fixed(over("recommendedCopied"), 1)} % instead of ${fixed(over("recommended"), 1)} %. That is a cost of ESLint, paid once
by any project that runs any rule; it is not in poolguard's power to remove. The interleaved lint cost above shares
it out among its sides (the collections land on whichever configuration is linting): there the no-op rule read
${results.lint && !isSkipped(results.lint) ? `${fixed(results.lint.anyRule.overheadPercent, 2)} %` : "(not measured in this run)"}.
${part.crashes.length > 0 ? `\nLeft out of these passes, a rule threw on them: ${part.crashes.map((crash) => `\`${crash.filePath}\``).join(", ")}.\n` : ""}`;
}

function scaling(results: BenchResults): string {
  const part = results.scaling;
  if (!part) return "";
  if (isSkipped(part)) return `## Scaling\n\n${skippedLine(part)}`;
  const rows = part.sizes.map(
    (size) =>
      `| ${size.lines} | ${size.files} | ${size.acquisitions} | ${triple(size.rulesMicrosPerLine, 3)} | ` +
      `${triple(size.lintMicrosPerLine, 1)} |`,
  );
  return `## Scaling

Generated files of each size, with acquisitions in proportion to their length, linted with
\`configs.recommended\`. Every measurement covers about as many lines: of the smaller sizes, that many different
files (each from its own seed), so that the mix of acquisition kinds, drawn per file, is about the same at every
size and what differs is the size (${part.rounds} rounds, sizes in rotating order).

| lines per file | files per measurement | acquisitions (all files) | µs/line in poolguard's rules | µs/line, whole lint |
|---:|---:|---:|---:|---:|
${rows.join("\n")}

**scaling.perLineRatio = ${fixed(part.perLineRatio, 3)}** (largest ÷ smallest median per-line cost of the rules);
for the whole lint, parse included: ${fixed(part.lintPerLineRatio, 3)}.
`;
}

function typed(results: BenchResults): string {
  const part = results.typed;
  if (!part) return "";
  if (isSkipped(part)) return `## Type-aware mode\n\n${skippedLine(part)}`;
  return `## Type-aware mode

${part.files} generated modules (${part.lines} lines) of one TypeScript project, both sides with type information
from the same project service: ${part.pairs} passes after a warm-up that builds the program, each file linted by
both configurations in turn (alternating which goes first).

| configuration | ms per pass (min / median / max) | problems |
|---|---:|---:|
| parser + \`configs["recommended-type-checked"]\` | ${triple(part.poolguardMs, 0)} | ${part.problems.poolguard} |
| parser + \`@typescript-eslint/no-floating-promises\` | ${triple(part.noFloatingPromisesMs, 0)} | ${part.problems.noFloatingPromises} |

**typed.ratio = ${fixed(part.ratio, 3)}** (recommended-type-checked ÷ no-floating-promises, whole lint, median of the passes). Inside the
rules only (per-rule timing, one pass each): poolguard's rules ${fixed(part.poolguardRulesMs, 1)} ms against
no-floating-promises ${fixed(part.noFloatingPromisesRuleMs, 1)} ms, a ratio of ${fixed(part.rulesOnlyRatio, 3)}.
`;
}

type RuntimePart = Exclude<BenchResults["runtime"], undefined | Skipped>;

/** Where the micro-benchmark was taken: its figures move with the process's heap (bench/runtime-micro-process.ts). */
function heapText(micro: RuntimePart["micro"]): string {
  if (micro.heapMiB === undefined) return "in the run's own process (its heap not recorded)";
  const host = micro.hostHeapMiB === undefined ? "" : `, ${fixed(micro.hostHeapMiB, 0)} MiB of it a host application's live data (bench/live-heap.ts)`;
  return `in a process of its own whose heap in use was ${fixed(micro.heapMiB, 0)} MiB when timed${host}`;
}

const blocksText = (blocks: number | undefined): string => (blocks === undefined || blocks === 1 ? "a block" : `${blocks} blocks`);

/**
 * runtime.throughputRatio as the Targets table judges it: net of the null variant when the run measured one (the
 * verdict), and the plain CPU ratio (bare CPU ÷ leak detection's, the tables' last column) named as what it is.
 */
export function throughputVerdictText(part: RuntimePart): string {
  const plain =
    `the bare pool's CPU per query ÷ that of the watched pool with leak detection at its defaults, the median of its ` +
    `windows' ratios (its bracketed window, once a round), at the worst of the healthy concurrencies`;
  const controlled = part.throughputControlled;
  if (!controlled) return `**runtime.throughputRatio = ${fixed(part.throughputRatio, 3)}** (the verdict), CPU-based: ${plain} (target ≥ 0.971, i.e. CPU per query ≤ 1.03 × bare).`;
  return `**runtime.throughputRatio = ${fixed(controlled.ratio, 3)}** (the verdict: ${controlled.verdict}), CPU-based and net of the null
variant: round by round, \`bare, another pool\`'s CPU per query ÷ leak detection's (an unwatched pool measured exactly as
a variant is), from ${blocksText(part.throughput?.blocksPerRound)} of four adjacent windows each round, C G G C or G C C G in turn (log-means${(part.throughput?.blocksPerRound ?? 1) > 1 ? ", a round's the mean of its blocks'" : ""}), the median over ${controlled.rounds} rounds with its ~95 % interval ${fixed(controlled.low, 3)}–${fixed(controlled.high, 3)}, at concurrency
${controlled.concurrency}, the worst of the healthy ones (target ≥ 0.971, i.e. CPU per query ≤ 1.03 × bare: met when the whole interval is at
or above it, missed when it is wholly below). Not the verdict: ${fixed(part.throughputRatio, 3)}, the same ratio without the null variant
taken out (${plain}; the tables' last column), which carries whatever the comparison itself gives any pool.`;
}

/**
 * The monitor's cost by counts (runtime-count.ts), said beside runtime.throughputRatio: not a target, a proposal for
 * one (the lead decides); "" for results of runs before it.
 */
export function monitorCostText(part: RuntimePart): string {
  const cost = part.monitorCost;
  if (!cost) return "";
  return `Beside it, by counts (not the verdict, not judged): the monitor's own frames (src/runtime but withClient's, their
callees included) took **${fixed(cost.monitorMicros, 2)} µs a query** (min / max over the rounds ${fixed(cost.monitorMicrosMin, 2)} / ${fixed(cost.monitorMicrosMax, 2)}; the null
variant ${fixed(cost.controlMonitorMicros, 2)}) in V8's sampling profile (every ${cost.intervalUs} µs) of ${cost.rounds} rounds of ${cost.queries} queries a pool at
concurrency ${cost.concurrency}, the pools taking turns, against the bare pool's ${fixed(cost.bareCpuMicros, 1)} µs of CPU a query (profiler on): bare ÷
(bare + monitor) = **${fixed(cost.ratio, 3)}**. It is a direct measurement, not the difference of two totals, so the load of the
machine does not move it by tens of µs; it leaves out what the monitor makes pg do outside its frames (bench/runtime-count.ts).
The differences of totals in the same turns: leak detection ${fixed(cost.addedCpuMicros, 1)} µs, the null variant ${fixed(cost.controlAddedCpuMicros, 1)} µs.`;
}

function runtime(results: BenchResults): string {
  const part = results.runtime;
  if (!part) return "";
  if (isSkipped(part)) return `## Runtime cost\n\n${skippedLine(part)}`;
  const { throughput } = part;
  const tables = throughput.concurrencies.map((figures) => {
    const rows = figures.variants.map(
      (variant) =>
        `| ${variant.variant} | ${triple(variant.opsPerSecond, 0)} | ${triple(variant.roundRatios, 3)} | ` +
        `${fixed(variant.cpuMicrosPerQuery.median, 1)} | ${fixed(variant.addedCpuMicrosPerQuery, 1)} | ${fixed(variant.cpuRatio, 3)} |`,
    );
    const state = figures.healthy
      ? "a healthy pool"
      : `the pool under pressure: at least ${Math.round(0.4 * throughput.poolMax)} of ${throughput.poolMax} clients out, so \`"adaptive"\` captures every checkout`;
    const floor = figures.bareAgainstBare;
    return `Concurrency ${figures.concurrency} (${state}):

| pool | queries/s (min / median / max) | ÷ bare, round by round (min / median / max) | this process's CPU µs per query (median) | added CPU µs vs bare (median of rounds) | bare CPU ÷ this CPU (median of rounds) |
|---|---:|---:|---:|---:|---:|
${rows.join("\n")}

Noise floor: a bare window against the bare windows before and after it, CPU ratio ${fixed(floor.cpuRatio, 3)} (median of
${floor.cpuRatios.n}; min / max ${fixed(floor.cpuRatios.min, 3)} / ${fixed(floor.cpuRatios.max, 3)}). With the arithmetic mean of the two
neighbours as the reference (the estimator before round three), the same windows read ${fixed(floor.cpuRatioArithmetic, 3)}, and leak
detection ${fixed(figures.variants.find((variant) => variant.variant === "watched+leakDetection")?.cpuRatioArithmetic ?? Number.NaN, 3)}. The null variant (\`bare, another pool\`: unwatched, measured as a variant is) read
${fixed(figures.variants.find((variant) => variant.variant === "bare, another pool")?.cpuRatio ?? Number.NaN, 3)}: a variant that costs nothing more reads that.
`;
  });
  const { micro } = part;
  const microText = `**runtime.overheadMicros = ${fixed(micro.overheadMicros, 3)} µs** (${micro.headline}),
**runtime.leakDetectionMicros = ${fixed(micro.leakDetectionMicros, 3)} µs** (leak detection, default options) and
**runtime.alwaysMicros = ${fixed(micro.alwaysMicros, 3)} µs** (\`captureStacks: "always"\`), from
\`bench/runtime-micro.ts\`: \`connect()\` + \`release()\` of an idle client (no network), bare against watched in
each setting, ${heapText(micro)}. Every setting it measures:

| setting | ns per checkout+return (min / median / max) | added µs (medians) |
|---|---:|---:|
${micro.settings
  .map((setting) => `| ${setting.name} | ${triple(setting.nsPerOp, 0)} | ${fixed(setting.addedMicros, 3)} |`)
  .join("\n")}

Also measured by it (names as it gives them): ${facts(micro.stack)}; ${facts(micro.sites)}.`;
  return `## Runtime cost

\`withClient(pool, (c) => c.query("SELECT 1"))\` in a loop by N concurrent workers against a real PostgreSQL
(embedded unless \`DATABASE_URL\` is set), ${throughput.rounds} rounds of ${throughput.windowMs} ms windows. In each round the
bare pool runs before, between and after the watched variants (in a shuffled order), and each variant is compared
with the geometric mean of the two bare windows around it, which cancels a steady drift of this shared machine
without the upward lean of an arithmetic mean's ratio (see bench/runtime-throughput.ts); the bare
pool's row is the mean of its windows per round. Each variant has its own pool (\`max: ${throughput.poolMax}\`, the seed's
main pool; all connections opened before timing). \`watched\` is \`new PoolMonitor().watch(pool)\` with its defaults
(acquire sites sampled at \`siteSampleRate\` ${part.defaultSiteSampleRate}); \`+leakDetection\` adds
\`leakDetectionMs\` with its defaults (\`captureStacks: "adaptive"\`: a stack on the sampled checkouts of a healthy pool,
on every checkout under pressure; the checkout tracked); \`+always\` captures every checkout's stack
(\`captureStacks: "always"\`); \`+sampleRate1\` attributes every checkout (\`siteSampleRate: 1\`).

${tables.join("\n")}
${throughputVerdictText(part)} It is CPU, not queries per second, because
round-by-round throughput on this 2-core machine, which also runs PostgreSQL, moves by ±30 % and hides a 3 %
difference. The same pools' queries/s ratio (wall clock, worst of all concurrencies): ${fixed(part.wallThroughputRatio, 3)}.
With \`captureStacks: "always"\`, CPU-based: ${fixed(part.alwaysCpuRatio, 3)}. Queries/s ratios of the watched pool without
leak detection, site sampling at its default (${part.defaultSiteSampleRate}): ${fixed(part.throughputRatioDefaultSampling, 3)};
at 1.0: ${fixed(part.throughputRatioSampleRate1, 3)}.
${part.monitorCost ? `\n${monitorCostText(part)}\n` : ""}
${microText}
`;
}

/** What the run's own figures say about a missed target (the profile findings are in the bench engineer's report). */
function explain(results: BenchResults, name: string): string {
  const lint = results.lint && !isSkipped(results.lint) ? results.lint : undefined;
  const runtime = results.runtime && !isSkipped(results.runtime) ? results.runtime : undefined;
  if (name === "lint.overheadPercent" && lint) return ` ${besideText(lintHeadline(lint))}.`;
  if (name === "largest rule share (%)" && lint) {
    const over = lint.rules.filter((rule) => rule.sharePercent > 2);
    if (over.length === 0) return "";
    return ` Over 2 %: ${over.map((rule) => `\`${rule.rule}\` ${fixed(rule.sharePercent, 2)} %`).join(", ")}.`;
  }
  const scaling = results.scaling && !isSkipped(results.scaling) ? results.scaling : undefined;
  if (name === "scaling.perLineRatio (50k vs 1k lines)" && scaling) {
    const costs = scaling.sizes.map((size) => `${fixed(size.rulesMicrosPerLine.median, 1)} µs at ${size.lines}`);
    return ` Per line, the rules cost ${costs.join(", ")} lines: more per line as the file grows.`;
  }
  if (name === "runtime.throughputRatio" && runtime) {
    const worst = runtime.throughput.worstCpuHealthy["watched+leakDetection"];
    if (!worst) return " No concurrency of the run left the pool healthy.";
    // The concurrency the verdict comes from (net of the null variant), else the plain ratio's worst.
    const concurrency = runtime.throughputControlled?.concurrency ?? worst.concurrency;
    const figures = runtime.throughput.concurrencies.find((entry) => entry.concurrency === concurrency);
    const bareCpu = figures?.variants.find((variant) => variant.variant === "bare")?.cpuMicrosPerQuery.median;
    const added = figures?.variants.find((variant) => variant.variant === "watched+leakDetection")?.addedCpuMicrosPerQuery;
    if (bareCpu === undefined || added === undefined) return "";
    const floor = figures?.bareAgainstBare;
    const nullVariant = figures?.variants.find((variant) => variant.variant === "bare, another pool");
    return (
      ` At concurrency ${concurrency} the bare pool used ${fixed(bareCpu, 1)} µs of this process's CPU per query; ` +
      `leak detection added ${fixed(added, 1)} µs (the micro-benchmark: ${fixed(runtime.leakDetectionMicros, 2)} µs per ` +
      `checkout+return).` +
      (floor ? ` The bare pool against itself read ${fixed(floor.cpuRatio, 3)} there (the noise floor)` : "") +
      (nullVariant ? `, a second unwatched pool measured as a variant ${fixed(nullVariant.cpuRatio, 3)}.` : floor ? "." : "")
    );
  }
  return "";
}

function notes(results: BenchResults): string {
  const missed = results.targets.filter((target) => target.verdict === "missed");
  const open = results.targets.filter((target) => target.verdict === "not resolved");
  const within = (target: Target) => (target.halfWidth === null ? "" : ` ± ${fixed(target.halfWidth, 2)}`);
  const lines = missed.map(
    (target) => `- ${target.name} is ${fixed(target.value!, 3)}${within(target)}, target ${target.limit}.${explain(results, target.name)}`,
  );
  const openLines = open.map(
    (target) =>
      `- ${target.name} is ${fixed(target.value!, 3)}${target.halfWidth === null ? " (this run cannot show its noise: fewer than three processes)" : within(target)}, target ${target.limit}: the target is inside the run's noise.${explain(results, target.name)}`,
  );
  const parts = [
    missed.length === 0 && open.length === 0 ? "Every measured target is met." : "",
    missed.length > 0 ? `Targets missed in this run:\n\n${lines.join("\n")}` : "",
    open.length > 0 ? `Targets this run does not resolve (neither met nor missed):\n\n${openLines.join("\n")}` : "",
  ].filter(Boolean);
  return `## Notes

${parts.join("\n\n")}
`;
}

export function renderReport(results: BenchResults): string {
  return [header, targets, corpus, lint, anyRule, scaling, typed, runtime, notes]
    .map((section) => section(results))
    .filter((text) => text !== "")
    .join("\n");
}
