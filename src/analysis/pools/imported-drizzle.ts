// A drizzle database imported from the project's own module: `import db from "./db"` (or `import { db } from "@/db"`)
// where ./db does `export default drizzle({ connection: … })` or `export const db = drizzle(pool)`. Its `$client` is
// the pool that module built the database on (truehazker/elysia-boilerplate's start-up hook checked a client out of
// `db.$client` only to log, and never released it). The module is read at its top level: the export is a `const` (or
// the default export's expression) initialised with `drizzle(…)` of drizzle-orm's node-postgres, neon-serverless or
// vercel-postgres entry, given what orm-handles.ts's `builtOnPool` reads as a pool — there, a `new Pool(…)` of pg,
// pg-pool or @neondatabase/serverless, written inline or in a top-level `const`, @vercel/postgres's `sql` or `db`, or a
// pool imported from a third local module that exports one (`import { pool } from "./pool"`).
import { statSync } from "node:fs";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { packageSpecifier, unwrapExpression } from "../node-shapes.js";
import { modulePools, parsedFileKey, readModuleProgram, resolveLocalModule, type ModuleParser } from "./module-pools.js";
import { builtOnPool, clientHandleVariable, PG_POOL_DRIVERS } from "./orm-handles.js";
import type { LintedFile } from "./pool-annotations.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Program = TSESTree.Program;

/** Modules whose `Pool` export is pg's class (pg-pool's is its default export). */
const POOL_CLASS_SOURCES = new Set(["pg", "@neondatabase/serverless"]);
/** @vercel/postgres's exports that are pools themselves. */
const VERCEL_POOLS = new Set(["sql", "db"]);
/** Answers kept per module version and export; emptied when full. */
const MAX_ANSWERS = 500;
const answers = new Map<string, { mtimeMs: number; size: number; pool: boolean }>();

/** What a module's top-level imports bind: local name → `source` and imported name (`default`, `*` for a namespace). */
function importBindings(program: Program): Map<string, { source: string; name: string }> {
  const bindings = new Map<string, { source: string; name: string }>();
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const source = packageSpecifier(statement.source.value);
    for (const specifier of statement.specifiers) {
      const name =
        specifier.type === AST_NODE_TYPES.ImportSpecifier
          ? specifier.imported.type === AST_NODE_TYPES.Identifier
            ? specifier.imported.name
            : specifier.imported.value
          : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
            ? "default"
            : "*";
      bindings.set(specifier.local.name, { source, name });
    }
  }
  return bindings;
}

/** The initialiser of the top-level `const name = …` of `program`, or null. */
function constInit(program: Program, name: string): TSESTree.Expression | null {
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== "const") continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) return declarator.init;
    }
  }
  return null;
}

/** The expression the module exports as `name` (`default` for its default export), when it is a `const` or an expression. */
function exportedExpression(program: Program, name: string): TSESTree.Expression | null {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && name === "default") {
      const declaration = statement.declaration;
      if (declaration.type === AST_NODE_TYPES.Identifier) return constInit(program, declaration.name);
      return declaration.type.endsWith("Declaration") ? null : (declaration as TSESTree.Expression);
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    if (statement.declaration) {
      const init = statement.declaration.type === AST_NODE_TYPES.VariableDeclaration ? constInit(program, name) : null;
      if (init) return init;
      continue;
    }
    for (const specifier of statement.specifiers) {
      const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
      if (exported === name && specifier.local.type === AST_NODE_TYPES.Identifier) return constInit(program, specifier.local.name);
    }
  }
  return null;
}

/** Where the module at `file` is read from: its own imports are resolved from there, with the linted file's parser. */
interface ModuleSite {
  file: string;
  parser: ModuleParser | undefined;
}

/**
 * `node`, in `program`, is a pool: `new Pool(…)` (inline or a top-level `const`), @vercel/postgres's `sql` or `db`, or
 * a pool the module imports from another local module (`import { pool } from "./pool"`, as module-pools.ts reads it).
 */
function isModulePool(node: TSESTree.Node, program: Program, bindings: ReturnType<typeof importBindings>, site: ModuleSite, depth = 0): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const binding = bindings.get(value.name);
    if (binding) return binding.source === "@vercel/postgres" ? VERCEL_POOLS.has(binding.name) : isImportedPool(binding, site);
    const init = depth === 0 ? constInit(program, value.name) : null;
    return init !== null && isModulePool(init, program, bindings, site, depth + 1);
  }
  if (value.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = unwrapExpression(value.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const binding = bindings.get(callee.name);
    return (
      (binding !== undefined && POOL_CLASS_SOURCES.has(binding.source) && binding.name === "Pool") ||
      (binding?.source === "pg-pool" && binding.name === "default")
    );
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const object = unwrapExpression(callee.object);
  const binding = object.type === AST_NODE_TYPES.Identifier ? bindings.get(object.name) : undefined;
  return binding?.source === "pg" && (binding.name === "default" || binding.name === "*") && callee.property.name === "Pool";
}

/** The binding names a pool another local module exports: its default export is one, or the named export is. */
function isImportedPool(binding: { source: string; name: string }, site: ModuleSite): boolean {
  if (binding.name === "*") return false;
  const file = resolveLocalModule(site.file, binding.source);
  if (file === null) return false;
  const pools = modulePools(file, site.parser);
  return binding.name === "default" ? pools.whole : pools.members.has(binding.name);
}

/** The module `program` exports as `name` a drizzle database of a pg entry built on a pool. */
function exportsPoolDatabase(program: Program, name: string, site: ModuleSite): boolean {
  const init = exportedExpression(program, name);
  const call = init ? unwrapExpression(init) : null;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  const bindings = importBindings(program);
  const drizzle = callee.type === AST_NODE_TYPES.Identifier ? bindings.get(callee.name) : undefined;
  if (!drizzle || drizzle.name !== "drizzle" || !PG_POOL_DRIVERS.has(drizzle.source)) return false;
  return builtOnPool(drizzle.source, call.arguments[0], (node) => isModulePool(node, program, bindings, site));
}

/** The answer for `name` of the module at `file`, read once per version of the file. */
function moduleAnswer(file: string, name: string, lintedFile: LintedFile): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return false;
  const parser = lintedFile().parser;
  const key = `${parsedFileKey(file, parser)}\0${name}`;
  const known = answers.get(key);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.pool;
  const program = readModuleProgram(file, parser);
  const pool = program !== null && exportsPoolDatabase(program, name, { file, parser });
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, pool });
  return pool;
}

/**
 * `object.$client` is the pg pool of a drizzle database `object` imports by name, or as the default export, from a
 * local module (relative, a tsconfig `paths` alias or a workspace package) that builds it on a pool.
 */
export function isImportedDrizzlePoolHandle(
  member: TSESTree.MemberExpression,
  name: string,
  sourceCode: SourceCode,
  lintedFile: LintedFile,
): boolean {
  const definition = clientHandleVariable(member, name, sourceCode)?.defs[0];
  if (definition?.type !== DefinitionType.ImportBinding) return false;
  const specifier = definition.node;
  const declaration = specifier.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  const exported =
    specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ? "default"
      : specifier.type === AST_NODE_TYPES.ImportSpecifier
        ? specifier.imported.type === AST_NODE_TYPES.Identifier
          ? specifier.imported.name
          : specifier.imported.value
        : null;
  if (exported === null) return false;
  try {
    const file = resolveLocalModule(lintedFile().filename, declaration.source.value);
    return file !== null && moduleAnswer(file, exported, lintedFile);
  } catch {
    return false;
  }
}
