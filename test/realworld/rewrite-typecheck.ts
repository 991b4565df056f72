// check-rewrites' --typecheck: type-checks one TypeScript file in isolation, before and after a rewrite, so that the
// diagnostics the rewrite adds can be told from those the file had (an import of the user's own modules resolves to
// nothing in both, and says so in both). Only `pg` (its published types) and `poolguard/runtime` resolve: the latter
// to a stub with withClient's and withTransaction's real signatures, except that the callback's client is `any`
// when the pool is `any` — in isolation a pool imported from the user's own module is `any`, and its `connect()`
// gives an `any` client, so a typed client in the callback would be an artifact of the isolation, not of the rewrite.
import { createRequire } from "node:module";
import path from "node:path";
import ts from "typescript";
import { isTypeChecked } from "../../src/analysis/rewrite/with-client-rewrite.js";

const RUNTIME_STUB = "/__poolguard_stub__/runtime.d.ts";
const STUB_TEXT = `import type pg from "pg";
type ClientOf<P> = 0 extends 1 & P ? any : pg.PoolClient;
export interface TransactionOptions {
  isolationLevel?: "read uncommitted" | "read committed" | "repeatable read" | "serializable";
  readOnly?: boolean;
}
export declare function withClient<P extends pg.Pool, T>(pool: P, fn: (client: ClientOf<P>) => Promise<T>): Promise<T>;
export declare function withTransaction<P extends pg.Pool, T>(
  pool: P,
  fn: (client: ClientOf<P>) => Promise<T>,
  options?: TransactionOptions,
): Promise<T>;
`;

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  // Decorators are common in the NestJS/TypeORM code the rewrites meet; without this each one is a diagnostic.
  experimentalDecorators: true,
  esModuleInterop: true,
  // JavaScript is given to the check only when it is type-checked (`// @ts-check`, or its project's checkJs).
  allowJs: true,
  checkJs: true,
  allowSyntheticDefaultImports: true,
  types: [],
};

const here = path.dirname(new URL(import.meta.url).pathname);
const requireHere = createRequire(import.meta.url);
/** Modules the file under check may resolve: the rest stay unresolved, before and after alike. */
const RESOLVED_FROM_FILE = new Set(["pg", "poolguard/runtime"]);

// Library files (lib.*.d.ts, @types/pg and what it imports, the stub) are parsed once and shared by every program.
const libraryFiles = new Map<string, ts.SourceFile | undefined>();
const baseHost = ts.createCompilerHost(OPTIONS, true);

function libraryFile(fileName: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile | undefined {
  if (!libraryFiles.has(fileName)) {
    const file =
      fileName === RUNTIME_STUB
        ? ts.createSourceFile(fileName, STUB_TEXT, languageVersion, true)
        : baseHost.getSourceFile(fileName, languageVersion);
    libraryFiles.set(fileName, file);
  }
  return libraryFiles.get(fileName);
}

function kindOf(fileName: string): ts.ScriptKind {
  if (fileName.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (/\.[cm]?js$/.test(fileName)) return ts.ScriptKind.JS;
  if (fileName.endsWith(".jsx")) return ts.ScriptKind.JSX;
  return ts.ScriptKind.TS;
}

/** The diagnostics of `text` as the file `fileName`, each as `TS<code>: <message>` (positions left out: they move). */
export function isolatedDiagnostics(fileName: string, text: string): string[] {
  // The file under check gets a name of its own, so that its directory's node_modules play no part.
  const root = path.join("/__poolguard_check__", path.basename(fileName));
  const host: ts.CompilerHost = {
    ...baseHost,
    fileExists: (name) => name === root || name === RUNTIME_STUB || baseHost.fileExists(name),
    readFile: (name) => (name === root ? text : name === RUNTIME_STUB ? STUB_TEXT : baseHost.readFile(name)),
    getSourceFile: (name, languageVersion) =>
      name === root ? ts.createSourceFile(name, text, languageVersion, true, kindOf(name)) : libraryFile(name, languageVersion),
    resolveModuleNameLiterals: (literals, containingFile, _redirect, options) =>
      literals.map((literal) => {
        const name = literal.text;
        if (containingFile === root && !RESOLVED_FROM_FILE.has(name)) return { resolvedModule: undefined };
        if (name === "poolguard/runtime") {
          return { resolvedModule: { resolvedFileName: RUNTIME_STUB, extension: ts.Extension.Dts, isExternalLibraryImport: true } };
        }
        // pg (from the file and the stub) and what pg's types import, from this project's node_modules.
        const from = containingFile === root || containingFile === RUNTIME_STUB ? path.join(here, "check.ts") : containingFile;
        return ts.resolveModuleName(name, from, options, baseHost);
      }),
    writeFile: () => undefined,
  };
  // The stub is a root before the rewrite too: it brings pg's types and, through them, Node's globals (undici's
  // `Response`, whose redirect() wants its status), which must not count as diagnostics the rewrite's import added.
  const program = ts.createProgram({ rootNames: [root, RUNTIME_STUB], options: OPTIONS, host });
  const file = program.getSourceFile(root);
  if (!file) return [`the file was not read`];
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
    (diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
  );
}

/** Diagnostics in `after` beyond those in `before` (as multisets: one more of the same message counts). */
export function addedDiagnostics(before: readonly string[], after: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const message of before) left.set(message, (left.get(message) ?? 0) + 1);
  const added: string[] = [];
  for (const message of after) {
    const remaining = left.get(message) ?? 0;
    if (remaining > 0) left.set(message, remaining - 1);
    else added.push(message);
  }
  return added;
}

/**
 * Whether check-rewrites type-checks this file: TypeScript, and JavaScript that its project or a `// @ts-check`
 * type-checks (as the rules judge it: isTypeChecked); declaration files are never linted.
 */
export const typeCheckable = (file: string, text: string): boolean => /\.(ts|tsx|mts|cts)$/.test(file) || isTypeChecked(file, text);

// Resolving `pg` needs its types in this project's node_modules (a devDependency).
requireHere.resolve("@types/pg/package.json");
