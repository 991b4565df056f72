// Pools that live in another module of the project: `const db = require("../connections/db")`,
// `import postgreSQLClient from "./db"`, `const { pool } = require("./db")`. Without types, only the module itself
// says whether what it exports is a pg pool, so it is read and parsed (with the parser of the file being linted),
// and a small summary of its exports is kept: once per file and version for the whole lint run (or editor session),
// in a cache of bounded size. A module that cannot be found, read or parsed exports no pool.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { memberPropertyName, packageSpecifier, requiredModule, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { returnsOnlyCheckouts } from "./checkout-functions.js";
import { exportedClassCheckouts, NO_CLASS_CHECKOUTS, type ClassCheckouts } from "./exported-classes.js";
import { exportedFunctions, type ExportedFunction } from "./exported-functions.js";
import { exportedSubmittables, SUBMITTABLE_SOURCE } from "./exported-submittables.js";

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
  /** Export names bound to pg-cursor's or pg-query-stream's class (`module.exports = { Cursor }`; exported-submittables.ts). */
  submittables: ReadonlySet<string>;
}

/** The parser of the linted file, as ESLint hands it to rules. */
export interface ModuleParser {
  parse?(text: string, options?: Record<string, unknown>): unknown;
  parseForESLint?(text: string, options?: Record<string, unknown>): { ast: unknown };
}

const NONE: ModulePools = { whole: false, members: new Set(), checkouts: false, functions: new Map(), classes: NO_CLASS_CHECKOUTS, submittables: new Set() };
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** A TypeScript ESM import names the emitted file (`./db.js`) of a source that is `./db.ts`. */
const SOURCE_OF_EMITTED: Record<string, string[]> = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"], ".jsx": [".tsx"] };
const MAX_ENTRIES = 2000;
const MAX_BYTES = 512 * 1024;
const MAX_DEPTH = 3;
const PG_SOURCE = /(?:require\s*\(|from|import\s*\()\s*["'](?:pg|pg-pool)["']/;
/**
 * A module that checks out or releases a client somewhere: its functions may be checkouts or hand-overs. A release
 * through a cast is called parenthesised: `((client as { release: () => void }).release)()`.
 */
const CLIENT_WORK = /\.(?:connect|release)\s*\)?\s*\(/;

interface Summary {
  mtimeMs: number;
  size: number;
  pools: ModulePools;
}

const summaries = new Map<string, Summary>();
const resolutions = new Map<string, string | null>();
const counters = { reads: 0 };

/** How many modules were read and parsed so far, and how many summaries are kept (for tests and the benchmark). */
export function modulePoolStats(): { reads: number; cached: number; resolutions: number } {
  return { reads: counters.reads, cached: summaries.size, resolutions: resolutions.size };
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

/** The file a relative specifier names, the way Node and TypeScript resolve it; null for packages or nothing found. */
export function resolveLocalModule(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith("./") && !specifier.startsWith("../") && specifier !== "." && specifier !== "..") return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const key = base;
  if (resolutions.has(key)) return resolutions.get(key) ?? null;
  const extension = path.extname(base);
  const candidates = [
    ...(extension ? [base] : []),
    ...(SOURCE_OF_EMITTED[extension] ?? []).map((source) => base.slice(0, -extension.length) + source),
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, "index" + ext)),
  ];
  return remember(resolutions, key, candidates.find(isFile) ?? null);
}

/** What the module at `file` exports that is a pool (read and summarised once per version of the file). */
export function modulePools(file: string, parser: ModuleParser | undefined, depth = 0): ModulePools {
  if (!parser || depth > MAX_DEPTH) return NONE;
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    return NONE;
  }
  if (!stat || !stat.isFile() || stat.size > MAX_BYTES) return NONE;
  const known = summaries.get(file);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.pools;
  // A cycle (`a` re-exports `b` re-exports `a`) ends here: the file is provisionally poolless while being read.
  remember(summaries, file, { mtimeMs: stat.mtimeMs, size: stat.size, pools: NONE });
  const pools = summarise(file, parser, depth);
  remember(summaries, file, { mtimeMs: stat.mtimeMs, size: stat.size, pools });
  return pools;
}

const classTexts = new Map<string, { mtimeMs: number; size: number; text: string }>();

/** Whether the module at `file` declares a class `name` (`class SurrealPool`): the project's own type, not pg's. */
export function declaresClass(file: string, name: string): boolean {
  let text: string;
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || !stat.isFile() || stat.size > MAX_BYTES) return false;
    const known = classTexts.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) text = known.text;
    else {
      text = readFileSync(file, "utf8");
      remember(classTexts, file, { mtimeMs: stat.mtimeMs, size: stat.size, text });
    }
  } catch {
    return false;
  }
  return new RegExp(`\\bclass\\s+${name.replace(/[^\w$]/g, "")}\\b`).test(text);
}

/** The parsed module at `file` (not cached: callers keep their own summary), or null when it cannot be read or parsed. */
export function readModuleProgram(file: string, parser: ModuleParser | undefined): TSESTree.Program | null {
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
  if (!importsPg && !reexports && !CLIENT_WORK.test(text) && !SUBMITTABLE_SOURCE.test(text)) return NONE;
  const program = parseModule(file, text, parser);
  if (!program) return NONE;
  return new ModuleReader(file, parser, depth).read(program, text);
}

/** Reads one module's top level: its pg bindings, the variables holding pools, and what it exports. */
class ModuleReader {
  /** Names bound to the Pool class (`import { Pool } from "pg"`, `const Pool = require("pg-pool")`). */
  readonly #poolClasses = new Set<string>();
  /** Names bound to the pg module (`import pg from "pg"`, `const pg = require("pg")`). */
  readonly #pgModules = new Set<string>();
  /** Top-level variables holding a pool. */
  readonly #pools = new Set<string>();
  /** Top-level variables holding an object literal, for `module.exports = db` where `const db = { pool }`. */
  readonly #objects = new Map<string, TSESTree.ObjectExpression>();
  readonly #members = new Set<string>();
  /** Top-level functions by name, for an exported `connect` that is one of them. */
  readonly #functions = new Map<string, TSESTree.Node>();
  #whole = false;
  #checkouts = false;
  #exported = new Map<string, ExportedFunction>();

  constructor(
    readonly file: string,
    readonly parser: ModuleParser,
    readonly depth: number,
  ) {}

  read(program: TSESTree.Program, text: string): ModulePools {
    // Two passes: bindings and pool variables first (a pool may be declared after the class import, exported before).
    for (const statement of program.body) this.#bindings(statement);
    for (const statement of program.body) this.#variables(statement);
    for (const statement of program.body) this.#exports(statement);
    const otherModule = (source: string, name: string) => {
      const target = resolveLocalModule(this.file, source);
      return target ? (modulePools(target, this.parser, this.depth + 1).functions.get(name) ?? null) : null;
    };
    for (const [name, fn] of exportedFunctions(program, text, otherModule, PG_SOURCE.test(text))) this.#exported.set(name, fn);
    const classes = exportedClassCheckouts(program, text, PG_SOURCE.test(text));
    const submittables = SUBMITTABLE_SOURCE.test(text) ? exportedSubmittables(program) : NONE.submittables;
    return { whole: this.#whole, members: this.#members, checkouts: this.#checkouts, functions: this.#exported, classes, submittables };
  }

  /** `connect` exported as `value` (a function, or the name of a top-level one) hands out pool clients. */
  #exportConnect(value: TSESTree.Node): void {
    const node = unwrapExpression(value);
    const fn = node.type === AST_NODE_TYPES.Identifier ? this.#functions.get(node.name) : node;
    if (fn && returnsOnlyCheckouts(fn)) this.#checkouts = true;
  }

  #bindings(statement: TSESTree.ProgramStatement): void {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = packageSpecifier(statement.source.value);
      for (const specifier of statement.specifiers) {
        const local = specifier.local.name;
        if (source === "pg-pool" && specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) this.#poolClasses.add(local);
        if (source !== "pg") continue;
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported === "Pool") this.#poolClasses.add(local);
          if (imported === "default") this.#pgModules.add(local);
        } else {
          this.#pgModules.add(local);
        }
      }
      return;
    }
    for (const declarator of declarators(statement)) {
      const source = requiredModule(declarator.init);
      if (source === null) {
        // `const { Pool } = pg` after `const pg = require("pg")`
        const init = declarator.init ? unwrapExpression(declarator.init) : null;
        if (init?.type === AST_NODE_TYPES.Identifier && this.#pgModules.has(init.name)) this.#destructurePg(declarator.id);
        continue;
      }
      if (source === "pg-pool" && declarator.id.type === AST_NODE_TYPES.Identifier) this.#poolClasses.add(declarator.id.name);
      if (source !== "pg") continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) this.#pgModules.add(declarator.id.name);
      else this.#destructurePg(declarator.id);
    }
  }

  #destructurePg(pattern: TSESTree.Node): void {
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return;
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key = staticKeyName(property.key);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value.type !== AST_NODE_TYPES.Identifier) continue;
      if (key === "Pool") this.#poolClasses.add(value.name);
      if (key === "default" || key === "native") this.#pgModules.add(value.name);
    }
  }

  #variables(statement: TSESTree.ProgramStatement): void {
    const declared = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declared?.type === AST_NODE_TYPES.FunctionDeclaration && declared.id) this.#functions.set(declared.id.name, declared);
    for (const declarator of declarators(statement)) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) continue;
      const init = unwrapExpression(declarator.init);
      if (init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression) {
        this.#functions.set(declarator.id.name, init);
      }
      if (this.#isPool(init)) this.#pools.add(declarator.id.name);
      else if (init.type === AST_NODE_TYPES.ObjectExpression) this.#objects.set(declarator.id.name, init);
    }
    // `let pool; … pool = new Pool(…)` at the top level
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
    if (
      expression?.type === AST_NODE_TYPES.AssignmentExpression &&
      expression.left.type === AST_NODE_TYPES.Identifier &&
      this.#isPool(expression.right)
    ) {
      this.#pools.add(expression.left.name);
    }
  }

  #exports(statement: TSESTree.ProgramStatement): void {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        this.#exportValue(statement.declaration as TSESTree.Node);
        return;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (statement.source) {
          this.#reexport(statement.source.value, statement.specifiers);
          return;
        }
        for (const declarator of declarators(statement.declaration)) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier && this.#pools.has(declarator.id.name)) {
            this.#members.add(declarator.id.name);
          }
          if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === "connect" && declarator.init) {
            this.#exportConnect(declarator.init);
          }
        }
        if (statement.declaration?.type === AST_NODE_TYPES.FunctionDeclaration && statement.declaration.id?.name === "connect") {
          this.#exportConnect(statement.declaration);
        }
        for (const specifier of statement.specifiers) {
          const local = exportName(specifier.local);
          const exported = exportName(specifier.exported);
          if (exported === "connect") this.#exportConnect(specifier.local);
          if (!this.#pools.has(local)) continue;
          if (exported === "default") this.#whole = true;
          else this.#members.add(exported);
        }
        return;
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (!statement.exported) this.#reexport(statement.source.value, null);
        return;
      case AST_NODE_TYPES.ExpressionStatement:
        this.#commonJsExport(statement.expression);
        return;
      default:
        return;
    }
  }

  /** `module.exports = X`, `exports.pool = X`, `module.exports.pool = X`, `exports = module.exports = X`. */
  #commonJsExport(expression: TSESTree.Expression): void {
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=") return;
    const left = unwrapExpression(expression.left);
    if (expression.right.type === AST_NODE_TYPES.AssignmentExpression) this.#commonJsExport(expression.right);
    const right = expression.right.type === AST_NODE_TYPES.AssignmentExpression ? expression.right.right : expression.right;
    if (left.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = memberPropertyName(left);
    const object = unwrapExpression(left.object);
    if (isIdentifier(object, "module") && name === "exports") {
      this.#exportValue(right);
      return;
    }
    const onExports =
      isIdentifier(object, "exports") ||
      (object.type === AST_NODE_TYPES.MemberExpression && isIdentifier(object.object, "module") && memberPropertyName(object) === "exports");
    if (onExports && name !== null && this.#isPool(right)) this.#members.add(name);
    if (onExports && name === "connect") this.#exportConnect(right);
  }

  /** The module's value or default export: a pool, an object holding pools, or another module's value. */
  #exportValue(node: TSESTree.Node): void {
    const value = unwrapExpression(node);
    if (this.#isPool(value)) {
      this.#whole = true;
      return;
    }
    const object = value.type === AST_NODE_TYPES.Identifier ? this.#objects.get(value.name) : value;
    if (object?.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const key = staticKeyName(property.key);
        if (key !== null && this.#isPool(property.value)) this.#members.add(key);
        if (key === "connect") this.#exportConnect(property.value);
      }
      return;
    }
    const source = requiredModule(value);
    if (source !== null) this.#reexport(source, null);
  }

  /** `export * from`, `export { a as b } from`, `module.exports = require(…)`: what the other module exports. */
  #reexport(source: string, specifiers: readonly TSESTree.ExportSpecifier[] | null): void {
    const target = resolveLocalModule(this.file, source);
    if (!target) return;
    const other = modulePools(target, this.parser, this.depth + 1);
    if (specifiers === null) {
      if (other.whole) this.#whole = true;
      if (other.checkouts) this.#checkouts = true;
      for (const member of other.members) this.#members.add(member);
      for (const [name, fn] of other.functions) if (name !== "default") this.#exported.set(name, fn);
      return;
    }
    for (const specifier of specifiers) {
      const local = exportName(specifier.local);
      const exported = exportName(specifier.exported);
      const isPool = local === "default" ? other.whole : other.members.has(local);
      if (!isPool) continue;
      if (exported === "default") this.#whole = true;
      else this.#members.add(exported);
    }
  }

  #isPool(node: TSESTree.Node): boolean {
    const value = unwrapExpression(node);
    if (value.type === AST_NODE_TYPES.Identifier) return this.#pools.has(value.name);
    if (value.type !== AST_NODE_TYPES.NewExpression) return false;
    const callee = unwrapExpression(value.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.#poolClasses.has(callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "Pool") return false;
    let owner = unwrapExpression(callee.object);
    // `pg.native.Pool`, `pg.default.Pool`
    if (owner.type === AST_NODE_TYPES.MemberExpression && ["native", "default"].includes(memberPropertyName(owner) ?? "")) {
      owner = unwrapExpression(owner.object);
    }
    if (owner.type === AST_NODE_TYPES.Identifier) return this.#pgModules.has(owner.name);
    return requiredModule(owner) === "pg";
  }
}

/** The declarators of `const a = …` and of `export const a = …`. */
function declarators(statement: TSESTree.Node | null): TSESTree.VariableDeclarator[] {
  if (statement?.type === AST_NODE_TYPES.ExportNamedDeclaration) return declarators(statement.declaration);
  return statement?.type === AST_NODE_TYPES.VariableDeclaration ? statement.declarations : [];
}

function exportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function isIdentifier(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}
