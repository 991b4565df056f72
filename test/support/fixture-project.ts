// Type-checking test code against @types/pg and this repository's poolguard/runtime: a fixtures project copied to a
// temporary directory (node_modules linked in) so a test can rewrite its files in place, and the compiler options
// README examples are checked with.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";

export const repoRoot = path.join(import.meta.dirname, "..", "..");

/** Copies `fixture` into a new temporary directory and links the repository's node_modules into it. */
export function copyFixture(fixture: string, prefix: string): string {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(fixture, work, { recursive: true });
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
  return work;
}

/** The lintable files of a copy, relative to it, sorted (node_modules left out). */
export function lintableFiles(work: string): string[] {
  return (readdirSync(work, { recursive: true }) as string[])
    .filter((name) => /\.(?:ts|js|mjs|cjs)$/.test(name) && !name.startsWith("node_modules"))
    .sort();
}

/** Writes the copy's tsconfig with poolguard/runtime mapped to this repository's runtime, as an installed package. */
export function tsconfigWithRuntime(fixture: string, work: string): string {
  const original = JSON.parse(readFileSync(path.join(fixture, "tsconfig.json"), "utf8")) as {
    compilerOptions: Record<string, unknown>;
  };
  const tsconfigPath = path.join(work, "tsconfig.json");
  const paths = { "poolguard/runtime": [path.join(repoRoot, "src", "runtime", "index.ts")] };
  writeFileSync(tsconfigPath, JSON.stringify({ ...original, compilerOptions: { ...original.compilerOptions, paths } }));
  return tsconfigPath;
}

/**
 * The untouched fixture's diagnostics with `poolguard/runtime` resolved the way the fixed copy resolves it, so the
 * comparison does not depend on whether `dist/` has been built (a fresh clone has none).
 */
export function pristineDiagnostics(fixture: string): string[] {
  const pristine = copyFixture(fixture, "poolguard-pristine-");
  try {
    return diagnosticsOf(tsconfigWithRuntime(fixture, pristine), pristine + path.sep);
  } finally {
    rmSync(pristine, { recursive: true, force: true });
  }
}

/** The project's diagnostics under `root`, as "file: message" (positions move with a rewrite). */
export function diagnosticsOf(tsconfigPath: string, root: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${tsconfigPath}`);
  return ts
    .getPreEmitDiagnostics(ts.createProgram(parsed.fileNames, parsed.options))
    .filter((diagnostic) => diagnostic.file === undefined || diagnostic.file.fileName.startsWith(root))
    .map(
      (diagnostic) =>
        `${diagnostic.file ? path.relative(root, diagnostic.file.fileName) : "(config)"}: ` +
        ts.flattenDiagnosticMessageText(diagnostic.messageText, " "),
    );
}

/** Strict NodeNext options with `poolguard/runtime` resolved to this repository's runtime (README examples). */
export function runtimeExampleOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.join(repoRoot, "node_modules", "@types")],
    esModuleInterop: true,
    paths: { "poolguard/runtime": [path.join(repoRoot, "src", "runtime", "index.ts")] },
  };
}
