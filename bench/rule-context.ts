// `npm run bench:rule-context [-- --rounds <n>]`: why ESLint costs more as soon as any rule is on, before the rule
// does anything. ESLint gives each rule a context whose prototype is the file's context (`FileContext#extend` is
// `Object.create(fileContext)`); V8 keeps an object that has become a prototype reachable from old space until the
// next full collection, so the file's whole SourceCode survives the young-generation collections, is copied and
// promoted, and later collected by the full collector. The bench corpus is linted in whole passes by three
// configurations, in rotating order: the parser alone; the parser and one rule that does nothing; the same with
// `FileContext#extend` replaced, for that configuration's passes only, by one that copies the file context's fields
// into a plain object (same properties, same prototype chain below it). Prints each one's time per pass and its
// garbage collection time. Nothing here is part of poolguard: it measures ESLint.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PerformanceObserver, constants } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildLintCorpus } from "./corpus/lint-corpus.js";
import { collectGarbage } from "./gc.js";
import { createEslint, oneNoOpRule, parserOnly } from "./lint-config.js";
import { lintPass } from "./lint-pass.js";
import { summarize, type Summary } from "./stats.js";

interface FileContextClass {
  prototype: { extend(extension: object): object };
}

function fail(message: string): never {
  process.stderr.write(`bench:rule-context: ${message}\n`);
  process.exit(2);
}

function rounds(argv: string[]): number {
  let value: string | undefined;
  try {
    ({ values: { rounds: value } } = parseArgs({ args: argv, options: { rounds: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`${(error as Error).message}; usage: npm run bench:rule-context -- [--rounds <n>]`);
  }
  if (value === undefined) return 5;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--rounds must be a positive integer, got "${value}"`);
  return Number(value);
}

/** ESLint's FileContext class, from the very module its Linter uses (resolved from the package's entry). */
function eslintFileContext(): FileContextClass {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("eslint");
  try {
    return (require(join(dirname(entry), "linter", "file-context.js")) as { FileContext: FileContextClass }).FileContext;
  } catch (error) {
    return fail(`this ESLint has no lib/linter/file-context.js (${(error as Error).message}); nothing to show`);
  }
}

async function main(): Promise<void> {
  const roundCount = rounds(process.argv.slice(2));
  const FileContext = eslintFileContext();
  const original = FileContext.prototype.extend;
  let copying = false;
  FileContext.prototype.extend = function extend(this: object, extension: object) {
    if (!copying) return original.call(this, extension);
    return Object.freeze(Object.assign(Object.create(Object.getPrototypeOf(this) as object) as object, this, extension));
  };

  const root = await mkdtemp(join(tmpdir(), "poolguard-rule-context-"));
  try {
    const corpus = await buildLintCorpus({ root, generatedFiles: 150, nodeModulesFiles: 80 });
    const sides = [
      { name: "parser, no rules", configs: [parserOnly], copying: false },
      { name: "parser + one no-op rule", configs: oneNoOpRule, copying: false },
      { name: "parser + one no-op rule, contexts copied instead of inheriting", configs: oneNoOpRule, copying: true },
    ];

    // The replacement must reach the contexts ESLint makes, or the third side would show nothing.
    let probeInherits: boolean | undefined;
    const probe = createEslint(root, [
      parserOnly,
      {
        plugins: {
          probe: {
            rules: {
              context: {
                meta: { type: "problem", schema: [] },
                create(context) {
                  probeInherits = !Object.prototype.hasOwnProperty.call(context, "sourceCode");
                  return {};
                },
              },
            },
          },
        },
        rules: { "probe/context": "error" },
      },
    ]);
    copying = true;
    await probe.lintText("const x = 1;", { filePath: join(root, "probe.ts") });
    copying = false;
    if (probeInherits !== false) fail("replacing FileContext#extend did not change the contexts ESLint makes");

    let minorMs = 0;
    let majorMs = 0;
    let minorCount = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
        if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
          minorMs += entry.duration;
          minorCount++;
        } else {
          majorMs += entry.duration;
        }
      }
    });
    observer.observe({ entryTypes: ["gc"] });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20)); // GC entries arrive asynchronously

    const samples = sides.map(() => ({ ms: [] as number[], minorMs: [] as number[], majorMs: [] as number[], scavenges: [] as number[] }));
    // Warm-up pass for each side, then rotating orders.
    for (const side of sides) {
      copying = side.copying;
      await lintPass(createEslint(root, side.configs), corpus.files);
    }
    for (let round = 0; round < roundCount; round++) {
      for (let turn = 0; turn < sides.length; turn++) {
        const index = (round + turn) % sides.length;
        const side = sides[index]!;
        const eslint = createEslint(root, side.configs);
        copying = side.copying;
        collectGarbage();
        await settle();
        minorMs = majorMs = minorCount = 0;
        const pass = await lintPass(eslint, corpus.files);
        copying = false;
        await settle();
        if (pass.crashes.length > 0) fail(`ESLint crashed on ${pass.crashes[0]!.filePath}: ${pass.crashes[0]!.message}`);
        const sample = samples[index]!;
        sample.ms.push(pass.ms);
        sample.minorMs.push(minorMs);
        sample.majorMs.push(majorMs);
        sample.scavenges.push(minorCount);
        process.stderr.write(`[rule-context] round ${round + 1}/${roundCount}: ${side.name}: ${pass.ms.toFixed(0)} ms\n`);
      }
    }
    observer.disconnect();

    const triple = (summary: Summary) =>
      `${summary.min.toFixed(0)} / ${summary.median.toFixed(0)} / ${summary.max.toFixed(0)}`;
    const baseline = summarize(samples[0]!.ms).median;
    console.log(`${corpus.files.length} files, ${roundCount} passes per configuration (min / median / max per pass)\n`);
    console.log("| configuration | ms per pass | vs no rules (medians) | young-generation GC, ms | scavenges | full GC, ms |");
    console.log("|---|---:|---:|---:|---:|---:|");
    sides.forEach((side, index) => {
      const sample = samples[index]!;
      const ms = summarize(sample.ms);
      const versus = index === 0 ? "–" : `${((100 * (ms.median - baseline)) / baseline).toFixed(1)} %`;
      console.log(
        `| ${side.name} | ${triple(ms)} | ${versus} | ${triple(summarize(sample.minorMs))} | ` +
          `${summarize(sample.scavenges).median.toFixed(0)} | ${triple(summarize(sample.majorMs))} |`,
      );
    });
  } finally {
    FileContext.prototype.extend = original;
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:rule-context: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
