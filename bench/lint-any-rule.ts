// What ESLint costs as soon as any rule is on, before the rule does anything, and why. ESLint gives each rule a
// context whose prototype is the file's context (`FileContext#extend` is `Object.create(fileContext)`); V8 keeps an
// object that has become a prototype reachable from old space until the next full collection, so the file's whole
// SourceCode survives the young-generation collections, is copied and promoted, and is collected later by the full
// collector. Without rules it dies young.
//
// The corpus is linted in whole passes, one configuration after the other in rotating order (so that each pass
// pays for its own garbage, which the interleaved lint cost shares out among its sides): the parser alone, one rule
// that does nothing, `recommended`, and the last two again with `FileContext#extend` replaced, for those passes
// only, by one that copies the file context's fields into an object of its own (same properties, same methods).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PerformanceObserver, constants } from "node:perf_hooks";
import type { Linter } from "eslint";
import type { CorpusFile } from "./corpus/lint-corpus.js";
import { collectGarbage } from "./gc.js";
import { createEslint, oneNoOpRule, parserOnly } from "./lint-config.js";
import { lintPass, type LintCrash } from "./lint-pass.js";
import { median, overheadPercent, summarize, type Summary } from "./stats.js";

export type AnyRuleSideName = "none" | "noOp" | "noOpCopied" | "recommended" | "recommendedCopied";

export interface AnyRuleSide {
  side: AnyRuleSideName;
  /** Time per whole pass over the corpus. */
  ms: Summary;
  passesMs: number[];
  /** Young-generation (scavenge) collection time per pass. */
  youngGcMs: Summary;
  /** Full (mark-compact) collection time per pass (the forced collection before each pass is not in it). */
  fullGcMs: Summary;
  /** Young-generation collections per pass (median). */
  scavenges: number;
  /** 100 × (median − parser alone's median) ÷ parser alone's median; 0 for the parser alone. */
  overPercent: number;
}

export interface AnyRuleResult {
  rounds: number;
  /** Files a configuration threw on in the warm-up, left out of the timed passes. */
  crashes: LintCrash[];
  sides: AnyRuleSide[];
}

export interface AnyRuleOptions {
  cwd: string;
  files: readonly CorpusFile[];
  recommended: readonly Linter.Config[];
  rounds: number;
  progress: (line: string) => void;
}

interface FileContextClass {
  prototype: { extend(extension: object): object };
}

/** ESLint's FileContext class, from the very module its Linter uses (resolved from the package's entry). */
function eslintFileContext(): FileContextClass {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("eslint");
  return (require(join(dirname(entry), "linter", "file-context.js")) as { FileContext: FileContextClass }).FileContext;
}

export async function measureAnyRule(options: AnyRuleOptions): Promise<AnyRuleResult> {
  const FileContext = eslintFileContext();
  const original = FileContext.prototype.extend;
  let copying = false;
  FileContext.prototype.extend = function extend(this: object, extension: object) {
    if (!copying) return original.call(this, extension);
    return Object.freeze(Object.assign(Object.create(Object.getPrototypeOf(this) as object) as object, this, extension));
  };
  let observer: PerformanceObserver | undefined;
  try {
    const recommended = [parserOnly, ...options.recommended];
    const sides: Array<{ side: AnyRuleSideName; configs: readonly Linter.Config[]; copying: boolean }> = [
      { side: "none", configs: [parserOnly], copying: false },
      { side: "noOp", configs: oneNoOpRule, copying: false },
      { side: "noOpCopied", configs: oneNoOpRule, copying: true },
      { side: "recommended", configs: recommended, copying: false },
      { side: "recommendedCopied", configs: recommended, copying: true },
    ];
    await checkReplacementReaches(options.cwd, () => (copying = true), () => (copying = false));

    let youngMs = 0;
    let fullMs = 0;
    let scavenges = 0;
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
        if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
          youngMs += entry.duration;
          scavenges++;
        } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
          fullMs += entry.duration;
        }
      }
    });
    observer.observe({ entryTypes: ["gc"] });
    // GC entries are delivered asynchronously: let them arrive before reading or resetting the counters.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

    const samples = sides.map(() => ({ ms: [] as number[], young: [] as number[], full: [] as number[], scavenges: [] as number[] }));
    // Warm-up; a file a rule throws on is left out of the timed passes, and named.
    const crashes = new Map<string, LintCrash>();
    for (const side of sides) {
      copying = side.copying;
      const warm = await lintPass(createEslint(options.cwd, side.configs), options.files);
      copying = false;
      if (warm.ignored > 0) throw new Error(`any rule: ESLint ignored ${warm.ignored} corpus files; their paths are wrong`);
      for (const crash of warm.crashes) crashes.set(crash.filePath, crash);
    }
    const files = options.files.filter((file) => !crashes.has(file.filePath));
    options.progress("any rule: warm-up done");
    for (let round = 0; round < options.rounds; round++) {
      for (let turn = 0; turn < sides.length; turn++) {
        const index = (round + turn) % sides.length;
        const side = sides[index]!;
        const eslint = createEslint(options.cwd, side.configs);
        collectGarbage();
        await settle();
        youngMs = fullMs = scavenges = 0;
        copying = side.copying;
        const pass = await lintPass(eslint, files, false);
        copying = false;
        await settle();
        const sample = samples[index]!;
        sample.ms.push(pass.ms);
        sample.young.push(youngMs);
        sample.full.push(fullMs);
        sample.scavenges.push(scavenges);
        options.progress(`any rule: round ${round + 1}/${options.rounds}: ${side.side} ${pass.ms.toFixed(0)} ms`);
      }
    }
    const baseline = median(samples[0]!.ms);
    return {
      rounds: options.rounds,
      crashes: [...crashes.values()],
      sides: sides.map((side, index) => {
        const sample = samples[index]!;
        return {
          side: side.side,
          ms: summarize(sample.ms),
          passesMs: sample.ms,
          youngGcMs: summarize(sample.young),
          fullGcMs: summarize(sample.full),
          scavenges: median(sample.scavenges),
          overPercent: index === 0 ? 0 : overheadPercent(baseline, median(sample.ms)),
        };
      }),
    };
  } finally {
    observer?.disconnect();
    FileContext.prototype.extend = original;
  }
}

/** The replacement must reach the contexts ESLint makes, or the "copied" sides would measure nothing new. */
async function checkReplacementReaches(cwd: string, start: () => void, stop: () => void): Promise<void> {
  let ownSourceCode: boolean | undefined;
  const probe = createEslint(cwd, [
    parserOnly,
    {
      plugins: {
        probe: {
          rules: {
            context: {
              meta: { type: "problem", schema: [] },
              create(context) {
                ownSourceCode = Object.prototype.hasOwnProperty.call(context, "sourceCode");
                return {};
              },
            },
          },
        },
      },
      rules: { "probe/context": "error" },
    },
  ]);
  start();
  try {
    await probe.lintText("const x = 1;", { filePath: join(cwd, "probe.ts") });
  } finally {
    stop();
  }
  if (ownSourceCode !== true) {
    throw new Error("any rule: replacing FileContext#extend did not change the contexts this ESLint makes");
  }
}
