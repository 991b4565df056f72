// `npm run smoke [-- --root <dir>] [--limit <n>] [--show <n>]`: the recommended config over every .js/.mjs/.cjs/.ts
// file under the project's own node_modules — real code no unit test imagined. Prints files linted, files that do
// not parse, crashes (a rule threw), and findings per rule with a few examples to judge. Exit 1 on any crash.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import plugin from "../src/plugin.js";

interface SmokeOptions {
  root: string;
  limit: number;
  show: number;
}

const EXTENSIONS = new Set([".js", ".mjs", ".cjs", ".ts"]);

function fail(message: string): never {
  process.stderr.write(`poolguard smoke: ${message}\n`);
  process.exit(2);
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--${flag} must be a positive integer, got "${value}"`);
  return Number(value);
}

function parseOptions(argv: string[]): SmokeOptions {
  let values: { root?: string; limit?: string; show?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { root: { type: "string" }, limit: { type: "string" }, show: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}; usage: npm run smoke -- [--root <dir>] [--limit <n>] [--show <n>]`);
  }
  return {
    root: path.resolve(values.root ?? path.join(import.meta.dirname, "..", "node_modules")),
    limit: positiveInteger("limit", values.limit, Number.POSITIVE_INFINITY),
    show: positiveInteger("show", values.show, 5),
  };
}

/** Every lintable file under `root`, symlinks not followed (node_modules/.bin would revisit packages). */
function listFiles(root: string): string[] {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name))) files.push(full);
    }
  }
  return files.sort();
}

function configFor(sourceType: "module" | "commonjs" | "script"): Linter.Config[] {
  return [
    {
      // explicit extensions: a pattern ending in `*` does not make ESLint lint a .ts file
      files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.ts"],
      languageOptions: { parser: tsParser, sourceType, ecmaVersion: "latest" },
      // third-party files carry eslint comments for rules that do not exist here
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
    },
    plugin.configs.recommended as unknown as Linter.Config,
  ];
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const files = listFiles(options.root).slice(0, options.limit);
  if (files.length === 0) fail(`no .js/.mjs/.cjs/.ts files under ${options.root}`);

  const linter = new Linter({ configType: "flat" });
  const configs = {
    module: configFor("module"),
    commonjs: configFor("commonjs"),
    script: configFor("script"),
  };
  const findings = new Map<string, string[]>();
  const crashes: string[] = [];
  let unparseable = 0;
  let bytes = 0;
  const started = performance.now();

  const slowest: Array<{ file: string; ms: number; bytes: number }> = [];
  files.forEach((file, index) => {
    const fileStarted = performance.now();
    const code = readFileSync(file, "utf8");
    bytes += code.length;
    const extension = path.extname(file);
    // The file name only picks the parser's dialect; the real path would fall under ESLint's default node_modules ignore.
    const virtualName = `smoke${extension}`;
    const attempts: Array<keyof typeof configs> =
      extension === ".cjs" ? ["commonjs"] : extension === ".js" ? ["module", "commonjs", "script"] : ["module"];
    try {
      let messages: Linter.LintMessage[] = [];
      for (const sourceType of attempts) {
        messages = linter.verify(code, configs[sourceType], virtualName);
        if (!messages.some((message) => message.fatal)) break;
      }
      // ESLint's own notes (inline comments switched off by noInlineConfig) also come without a rule id: only
      // "no matching configuration" / "file ignored" mean the file was not linted at all
      const unlinted = messages.find(
        (message) => message.ruleId === null && !message.fatal && /^(No matching configuration|File ignored)/.test(message.message),
      );
      if (unlinted) throw new Error(`not linted: ${unlinted.message}`);
      if (messages.some((message) => message.fatal)) {
        unparseable += 1;
      } else {
        for (const message of messages) {
          if (!message.ruleId?.startsWith("poolguard/")) continue;
          const list = findings.get(message.ruleId) ?? [];
          list.push(`${path.relative(options.root, file)}:${message.line}:${message.column}`);
          findings.set(message.ruleId, list);
        }
      }
    } catch (error) {
      crashes.push(`${path.relative(options.root, file)}: ${(error as Error).message.split("\n").slice(0, 3).join(" | ")}`);
    }
    slowest.push({ file: path.relative(options.root, file), ms: performance.now() - fileStarted, bytes: code.length });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 5);
    if ((index + 1) % 2000 === 0) process.stderr.write(`  … ${index + 1}/${files.length} files\n`);
  });

  const seconds = (performance.now() - started) / 1000;
  const total = [...findings.values()].reduce((sum, list) => sum + list.length, 0);
  const lines = [
    `poolguard smoke: configs.recommended over ${options.root}`,
    `files linted: ${files.length} (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${seconds.toFixed(1)} s`,
    `files that do not parse (JSX, Flow, …): ${unparseable}`,
    `crashes: ${crashes.length}`,
    ...crashes.map((crash) => `  CRASH ${crash}`),
    `slowest files: ${slowest.map((entry) => `${entry.file} (${(entry.bytes / 1024).toFixed(0)} KiB, ${(entry.ms / 1000).toFixed(1)} s)`).join(", ")}`,
    `findings: ${total}`,
  ];
  for (const [rule, list] of [...findings.entries()].sort()) {
    lines.push(`  ${rule}: ${list.length}`);
    for (const location of list.slice(0, options.show)) lines.push(`    ${location}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exitCode = crashes.length > 0 ? 1 : 0;
}

main();
