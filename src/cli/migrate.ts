// `poolguard migrate`: a project-wide rewrite of manual connect()/release() blocks to withClient/withTransaction.
// ts-morph (and the TypeScript it carries) is loaded here only, lazily, so no other command pays for it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Project, SourceFile } from "ts-morph";
import { parseMigrateArgs, usage, UsageError, type MigrateArgs } from "./migrate-args.js";
import type { FileResult } from "./migrate-engine.js";
import { formatDiffs, formatSummary } from "./migrate-report.js";

const PREFIX = "poolguard migrate:";

type TsMorph = typeof import("ts-morph");

async function loadTsMorph(): Promise<TsMorph | null> {
  try {
    return await import("ts-morph");
  } catch {
    return null;
  }
}

type Engine = typeof import("./migrate-engine.js");

/**
 * The engine lints with ESLint and typescript-eslint's parser, the development dependencies the README's install
 * names for the rules; a project that installed only ts-morph gets told what is missing instead of a stack.
 */
async function loadEngine(): Promise<Engine | string> {
  try {
    return await import("./migrate-engine.js");
  } catch (error) {
    // The resolution error itself, or the cause a loader that wraps it (a test runner, a bundler) keeps.
    const notFound = [error, (error as { cause?: unknown } | null)?.cause].find((e) => {
      const code = (e as { code?: unknown } | null)?.code;
      return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
    });
    if (!notFound) throw error;
    const missing = /['"](@typescript-eslint\/parser|eslint)['"]/.exec(String((notFound as Error).message))?.[1] ?? "eslint or @typescript-eslint/parser";
    return `${PREFIX} needs ${missing}, which is not installed; install the lint side with npm install --save-dev eslint typescript-eslint typescript@~6.0`;
  }
}

/** The tsconfig to use: --tsconfig, or the nearest tsconfig.json above the first path; null when there is none. */
function findTsconfig(morph: TsMorph, args: MigrateArgs): string | null {
  if (args.tsconfig) return args.tsconfig;
  const found = morph.ts.findConfigFile(args.paths[0] as string, morph.ts.sys.fileExists, "tsconfig.json");
  return found ? path.resolve(found) : null;
}

// Source files of a project without a tsconfig.json (most JavaScript projects).
const SOURCE_GLOBS = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}", "!**/node_modules/**", "!**/*.d.{ts,mts,cts}"];

/**
 * A project without a tsconfig.json: its JavaScript and TypeScript files under the given paths, read with the
 * options a Node.js project would have (allowJs, NodeNext). Pools are then found by their construction and name,
 * and by type where packages ship types (@types/pg).
 */
function defaultProject(morph: TsMorph, paths: readonly string[]): Project {
  const { ts } = morph;
  const project = new morph.Project({
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
    },
  });
  for (const given of paths) {
    if (/\.[cm]?[jt]sx?$/.test(given)) project.addSourceFileAtPath(given);
    else project.addSourceFilesAtPaths(SOURCE_GLOBS.map((glob) => (glob.startsWith("!") ? `!${path.join(given, glob.slice(1))}` : path.join(given, glob))));
  }
  return project;
}

function openProject(morph: TsMorph, tsconfig: string): Project {
  const shown = path.relative(process.cwd(), tsconfig) || tsconfig;
  let project: Project;
  try {
    project = new morph.Project({ tsConfigFilePath: tsconfig });
  } catch (error) {
    const reason = (error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)).replace(/\.$/, "");
    throw new UsageError(`${PREFIX} cannot read tsconfig "${shown}": ${reason}; fix it or pass another with --tsconfig`);
  }
  const problems = project.getConfigFileParsingDiagnostics?.() ?? [];
  const first = problems.find((diagnostic) => diagnostic.getCategory() === morph.ts.DiagnosticCategory.Error);
  if (first) {
    const message = first.getMessageText();
    const text = (typeof message === "string" ? message : message.getMessageText()).replace(/\.$/, "");
    throw new UsageError(`${PREFIX} cannot read tsconfig "${shown}": ${text}; fix it or pass another with --tsconfig`);
  }
  return project;
}

/** The project's own source files under the given paths; a named file outside the tsconfig is added. */
function selectFiles(project: Project, paths: readonly string[]): SourceFile[] {
  const selected = new Set<SourceFile>();
  for (const given of paths) {
    const direct = project.getSourceFile(given);
    if (direct) {
      selected.add(direct);
      continue;
    }
    let matched = false;
    for (const file of project.getSourceFiles()) {
      const filePath = path.normalize(file.getFilePath());
      if (file.isDeclarationFile() || filePath.includes(`${path.sep}node_modules${path.sep}`)) continue;
      if (filePath.startsWith(given.endsWith(path.sep) ? given : given + path.sep)) {
        selected.add(file);
        matched = true;
      }
    }
    if (!matched && /\.[cm]?[jt]sx?$/.test(given)) selected.add(project.addSourceFileAtPath(given));
  }
  return [...selected].sort((a, b) => a.getFilePath().localeCompare(b.getFilePath()));
}

async function progressFor(total: number): Promise<{ tick: () => void; stop: () => void }> {
  // Only a person at a terminal wants a moving bar; logs and pipes get the summary alone.
  if (!process.stderr.isTTY || total < 20) return { tick: () => {}, stop: () => {} };
  const { default: progress } = await import("cli-progress");
  const bar = new progress.SingleBar(
    { stream: process.stderr, format: "migrate [{bar}] {value}/{total} files", clearOnComplete: true, hideCursor: true },
    progress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

export async function run(argv: string[]): Promise<number> {
  try {
    const args = parseMigrateArgs(argv);
    if (args.help) {
      console.log(usage);
      return 0;
    }
    const morph = await loadTsMorph();
    if (!morph) {
      console.error(`${PREFIX} needs ts-morph, which is not installed; install it with npm install --save-dev ts-morph@28`);
      return 2;
    }
    const engine = await loadEngine();
    if (typeof engine === "string") {
      console.error(engine);
      return 2;
    }
    const tsconfig = findTsconfig(morph, args);
    if (!tsconfig) {
      const shown = path.relative(process.cwd(), args.paths[0] as string) || ".";
      console.error(`${PREFIX} no tsconfig.json found above "${shown}"; reading its files with default options (allowJs, NodeNext)`);
    }
    const project = tsconfig ? openProject(morph, tsconfig) : defaultProject(morph, args.paths);
    const files = selectFiles(project, args.paths);
    const progress = await progressFor(files.length);
    let results: FileResult[];
    try {
      results = engine.migrateFiles(project, files, { importSource: args.importSource, onFileScanned: progress.tick });
    } finally {
      progress.stop();
    }

    const cwd = process.cwd();
    const diffs = formatDiffs(results, cwd);
    if (diffs) process.stdout.write(diffs);
    if (args.write) {
      for (const result of results) if (result.output !== result.original) writeFileSync(result.path, result.output);
    }
    console.log(formatSummary(results, cwd, args.write));
    const rewrites = results.some((result) => result.rewritten > 0);
    return rewrites && !args.write ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
