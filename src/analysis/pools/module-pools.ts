// Pools that live in another module of the project: `const db = require("../connections/db")`,
// `import postgreSQLClient from "./db"`, `const { pool } = require("./db")`. Without types, only the module itself
// says whether what it exports is a pg pool, so it is read and parsed (with the parser of the file being linted, but
// TypeScript modules with typescript-eslint's: an espree-linted `.js` may import a `.ts` module; parser-for-module.ts),
// and a small summary of its exports is kept: once per file, version and parser for the whole lint run (or editor
// session), in a cache of bounded size; where a specifier leads is looked for again after a second, so a module
// created or renamed later is found. A module that cannot be found, read or parsed exports no pool.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NO_CLASS_CHECKOUTS, type ClassCheckouts } from "./exported-classes.js";
import type { ExportedFunction } from "./exported-functions.js";
import { SUBMITTABLE_SOURCE } from "./exported-submittables.js";
import { ModuleReader, PG_SOURCE } from "./module-reader.js";
import { parserForModule } from "./parser-for-module.js";
import { RECHECK_MS } from "./file-versions.js";
import { namesOtherPackage } from "./other-libraries.js";
import { aliasTargets } from "./path-aliases.js";
import { workspaceTargets } from "./workspace-packages.js";

/** Values a module exports: its value (or default export) and its named members (`db.pool`: `"db.pool"`, nested). */
export interface ExportedValues {
  whole: boolean;
  members: ReadonlySet<string>;
}

/** What a module exports that is a pg pool. */
export interface ModulePools {
  /** `module.exports = new Pool()`, `export default new Pool()`: the module's value (or default) is a pool. */
  whole: boolean;
  /** Named exports (and properties of an exported object) that are pools: `export const pool = …`, `{ pool }`. */
  members: ReadonlySet<string>;
  /**
   * The module's value (or namespace) has a `connect` function that hands out pool clients, as a pool does:
   * `module.exports = { connect }` with `async function connect() { … return pool.connect(); }` (checkout-functions.ts).
   */
  checkouts: boolean;
  /** Its exported functions, whatever their names: checkouts, and the parameters they release (exported-functions.ts). */
  functions: ReadonlyMap<string, ExportedFunction>;
  /** Its exported classes' checkout methods (`getClient() { return this.pool.connect(); }`; exported-classes.ts). */
  classes: ClassCheckouts;
  /** Its exported instances' checkout methods (`export const dbPool = new DbPool()`; exported-classes.ts). */
  instances: ClassCheckouts;
  /** Export names bound to pg-cursor's or pg-query-stream's class (`module.exports = { Cursor }`; exported-submittables.ts). */
  submittables: ReadonlySet<string>;
  /** Tokens of NestJS providers whose factory or value is a pool (`{ provide: PG_POOL, useFactory: () => new Pool() }`; provided-pools.ts). */
  provided: ReadonlySet<string>;
  /**
   * What it exports that is ANOTHER driver's pool, made by a package other-libraries.ts knows (mssql's `new
   * sql.ConnectionPool(…)`, mysql2's `createPool(…)`, generic-pool's `createPool(…)`): no pg pool, whatever the
   * importer calls it (Kash15if/online-exam-api's `module.exports = pool` of mssql, required as `pool`).
   */
  otherPools: ExportedValues;
}

/** The parser of the linted file, as ESLint hands it to rules. */
export interface ModuleParser {
  parse?(text: string, options?: Record<string, unknown>): unknown;
  parseForESLint?(text: string, options?: Record<string, unknown>): { ast: unknown };
}

const NONE: ModulePools = {
  whole: false,
  members: new Set(),
  checkouts: false,
  functions: new Map(),
  classes: NO_CLASS_CHECKOUTS,
  instances: NO_CLASS_CHECKOUTS,
  submittables: new Set(),
  provided: new Set(),
  otherPools: { whole: false, members: new Set() },
};
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** A JavaScript file's `require("./db")` runs `db.js` where `db.ts` sits beside it: Node.js's order, then TypeScript's. */
const JS_FIRST_EXTENSIONS = [".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"];
const JAVASCRIPT_FILE = /\.[cm]?jsx?$/;
/** A TypeScript ESM import names the emitted file (`./db.js`) of a source that is `./db.ts`. */
const SOURCE_OF_EMITTED: Record<string, string[]> = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"], ".jsx": [".tsx"] };
const MAX_ENTRIES = 2000;
const MAX_BYTES = 512 * 1024;
const MAX_DEPTH = 3;
/**
 * A module that checks out or releases a client somewhere: its functions may be checkouts or hand-overs. A release
 * through a cast is called parenthesised: `((client as { release: () => void }).release)()`.
 */
const CLIENT_WORK = /\.(?:connect|release)\s*\)?\s*\(/;
/**
 * A module that may send a callback-style query (`.query(` with a function among the arguments that follow, within a
 * bounded window): its functions may leave a query queued on the client they are given (callback-query-parameters.ts).
 */
const CALLBACK_QUERY = /\.query\s*\([^;]{0,400}?,\s*(?:function\b|\([^()]*\)\s*=>|[\w$]+\s*=>)/;

interface Summary {
  mtimeMs: number;
  size: number;
  pools: ModulePools;
}

const summaries = new Map<string, Summary>();
/** Where a specifier's base led, and when it was last looked for: a module created, deleted or renamed later is seen. */
const resolutions = new Map<string, { file: string | null; checkedAt: number }>();
const parserIds = new WeakMap<object, number>();
const counters = { reads: 0, parsers: 0 };

/** How many modules were read and parsed so far, and how many summaries are kept (for tests and the benchmark). */
export function modulePoolStats(): { reads: number; cached: number; resolutions: number } {
  return { reads: counters.reads, cached: summaries.size, resolutions: resolutions.size };
}

/**
 * The key of what the parser that reads `file` for a file linted with `importer` made of it (parser-for-module.ts):
 * each parser keeps its own summary of a JavaScript module, since espree cannot read TypeScript syntax that
 * typescript-eslint's parser can (a `.js` module written with type annotations, read by espree for one importer, must
 * not leave the `.ts` files linted next in the same run with the summary of a module it failed to parse).
 */
export function parsedFileKey(file: string, importer: ModuleParser | undefined): string {
  const parser = parserForModule(file, importer);
  if (!parser) return file;
  let id = parserIds.get(parser);
  if (id === undefined) parserIds.set(parser, (id = counters.parsers++));
  return `${id}\0${file}`;
}

/** Inserts into a cache map bounded to MAX_ENTRIES, dropping the oldest entry. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as K);
  return value;
}

function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/** `./db`, `../lib/db`, `.`, `..`: a module of the project without any lookup. */
export function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..";
}

/**
 * The file a relative specifier names, the way Node and TypeScript resolve it, or one a `paths` alias of the
 * project's tsconfig names (`@/lib/db`: path-aliases.ts), or the entry of a workspace package of the project named by
 * its package name (`@acme/db`: workspace-packages.ts); null for other packages or nothing found.
 */
export function resolveLocalModule(fromFile: string, specifier: string): string | null {
  if (isRelative(specifier)) {
    return resolveModuleBase(path.resolve(path.dirname(fromFile), specifier), JAVASCRIPT_FILE.test(fromFile) ? JS_FIRST_EXTENSIONS : EXTENSIONS);
  }
  for (const target of aliasTargets(fromFile, specifier)) {
    const file = resolveModuleBase(target);
    // An alias that names a package's files (`"pg": ["node_modules/@types/pg"]`) or declarations only is no module
    // of the project: reading it as one would follow every `import pg from "pg"` into @types/pg's index.d.ts.
    if (file !== null) return isPackageFile(file) ? null : file;
  }
  // A workspace package's declared entry may be declarations only (`"types": "dist/index.d.ts"`): its source is next.
  for (const target of workspaceTargets(fromFile, specifier)) {
    const file = resolveModuleBase(target);
    if (file !== null && !isPackageFile(file)) return file;
  }
  return null;
}

function isPackageFile(file: string): boolean {
  return file.split(path.sep).includes("node_modules") || /\.d\.[cm]?ts$/.test(file);
}

/** Whether `specifier` names a module of the project that exists: relative, through its tsconfig's `paths`, or a
 * workspace package's entry. */
export function isProjectModule(fromFile: string, specifier: string): boolean {
  return isRelative(specifier) || resolveLocalModule(fromFile, specifier) !== null;
}

function resolveModuleBase(base: string, extensions = EXTENSIONS): string | null {
  const key = extensions === EXTENSIONS ? base : `js\0${base}`;
  const known = resolutions.get(key);
  const now = Date.now();
  if (known && now - known.checkedAt < RECHECK_MS) return known.file;
  const extension = path.extname(base);
  const candidates = [
    ...(extension ? [base] : []),
    ...(SOURCE_OF_EMITTED[extension] ?? []).map((source) => base.slice(0, -extension.length) + source),
    ...extensions.map((ext) => base + ext),
    ...extensions.map((ext) => path.join(base, "index" + ext)),
  ];
  return remember(resolutions, key, { file: candidates.find(isFile) ?? null, checkedAt: now }).file;
}

/** What the module at `file` exports that is a pool (read and summarised once per version of the file). */
export function modulePools(file: string, importer: ModuleParser | undefined, depth = 0): ModulePools {
  const parser = parserForModule(file, importer);
  if (!parser || depth > MAX_DEPTH) return NONE;
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    return NONE;
  }
  if (!stat || !stat.isFile() || stat.size > MAX_BYTES) return NONE;
  const key = parsedFileKey(file, parser);
  const known = summaries.get(key);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.pools;
  // A cycle (`a` re-exports `b` re-exports `a`) ends here: the file is provisionally poolless while being read.
  remember(summaries, key, { mtimeMs: stat.mtimeMs, size: stat.size, pools: NONE });
  const pools = summarise(file, parser, depth);
  remember(summaries, key, { mtimeMs: stat.mtimeMs, size: stat.size, pools });
  return pools;
}

const moduleTexts = new Map<string, { mtimeMs: number; size: number; text: string }>();

/** The text of the module at `file` (kept per version of the file), or null when it cannot be read. */
function moduleText(file: string): string | null {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || !stat.isFile() || stat.size > MAX_BYTES) return null;
    const known = moduleTexts.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.text;
    const text = readFileSync(file, "utf8");
    remember(moduleTexts, file, { mtimeMs: stat.mtimeMs, size: stat.size, text });
    return text;
  } catch {
    return null;
  }
}

/** Whether the module at `file` declares a class `name` (`class SurrealPool`): the project's own type, not pg's. */
export function declaresClass(file: string, name: string): boolean {
  const text = moduleText(file);
  return text !== null && new RegExp(`\\bclass\\s+${name.replace(/[^\w$]/g, "")}\\b`).test(text);
}

/**
 * Whether the module at `file` exports `name` as an object it writes out (`export const pool = { connect: … }`, a
 * façade or a shim over another driver): a value of the project's own shape, not pg's `Pool`.
 */
export function exportsObjectLiteral(file: string, name: string): boolean {
  const text = moduleText(file);
  if (text === null) return false;
  const escaped = name.replace(/[^\w$]/g, "").replace(/\$/g, "\\$");
  return new RegExp(`\\bexport\\s+(?:const|let|var)\\s+${escaped}\\s*(?::[^=;{]+)?=\\s*\\{`).test(text);
}

/** The parsed module at `file` (not cached: callers keep their own summary), or null when it cannot be read or parsed. */
export function readModuleProgram(file: string, importer: ModuleParser | undefined): TSESTree.Program | null {
  const parser = parserForModule(file, importer);
  if (!parser) return null;
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || !stat.isFile() || stat.size > MAX_BYTES) return null;
    counters.reads++;
    return parseModule(file, readFileSync(file, "utf8"), parser);
  } catch {
    return null;
  }
}

function parseModule(file: string, text: string, parser: ModuleParser): TSESTree.Program | null {
  const options = {
    ecmaVersion: "latest",
    sourceType: "module",
    range: true,
    loc: false,
    filePath: file,
    jsx: file.endsWith("x"),
    ecmaFeatures: { jsx: file.endsWith("x") },
  };
  try {
    const ast = parser.parse ? parser.parse(text, options) : parser.parseForESLint?.(text, options).ast;
    return ast && (ast as TSESTree.Node).type === AST_NODE_TYPES.Program ? (ast as TSESTree.Program) : null;
  } catch {
    return null; // a module this parser cannot read (TypeScript under espree, a syntax error) exports no pool we know of
  }
}

function summarise(file: string, parser: ModuleParser, depth: number): ModulePools {
  let text: string;
  counters.reads++;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return NONE;
  }
  const importsPg = PG_SOURCE.test(text);
  const reexports = /require\s*\(|export\s*\*|export\s*\{[^}]*\}\s*from/.test(text);
  const plain = !importsPg && !reexports && !CLIENT_WORK.test(text) && !SUBMITTABLE_SOURCE.test(text) && !CALLBACK_QUERY.test(text);
  if (plain && !namesOtherPackage(text)) return NONE;
  const program = parseModule(file, text, parser);
  if (!program) return NONE;
  return new ModuleReader((specifier) => {
    const target = resolveLocalModule(file, specifier);
    return target ? modulePools(target, parser, depth + 1) : null;
  }).read(program, text);
}
