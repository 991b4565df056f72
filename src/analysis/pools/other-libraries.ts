// Connects of other libraries: redis, MongoDB, amqp, sockets… Their `connect()` is never a pg checkout, even where
// the code calls something named `release` on what it returns, so the evidence that makes an unknown receiver a pool
// (its client is released like a pg client) does not apply to them.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { isNothing, memberChainRoot, memberPropertyName, packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";
import { isPoolConstruction } from "./pg-imports.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Names (identifiers, properties, package names) that say "another client library". */
const OTHER_LIBRARY =
  /redis|mongo|amqp|rabbit|kafka|mqtt|nats|socket|websocket|^ws$|^net$|^tls$|^node:(net|tls)$|mysql|mariadb|mssql|tedious|oracle|sqlite|memcache|elastic|cassandra|neo4j|ldap|ftp|ssh|imap|smtp|puppeteer|playwright|browser/i;

/** Packages with a `connect()` of their own that is no pg checkout, though their objects may be called `pool`. */
const OTHER_PACKAGES = [
  "slonik",
  "typeorm",
  "sequelize",
  "@prisma/client",
  "knex",
  "@mikro-orm/",
  "objection",
  "generic-pool",
  "tarn",
  // Other databases' drivers, whose pools are called `pool` too: `new sql.ConnectionPool(…)` (mssql),
  // `mysql.createPool(…)` (mysql, mysql2), mariadb's and oracledb's `createPool`.
  "mssql",
  "mysql",
  "mariadb",
  "oracledb",
];
const PACKAGE_ALTERNATIVES = OTHER_PACKAGES.map((name) => name.replace(/[/.]/g, "\\$&")).join("|");
const OTHER_PACKAGE = new RegExp(`^(?:${PACKAGE_ALTERNATIVES})`);
const OTHER_PACKAGE_TEXT = new RegExp(`["'](?:${PACKAGE_ALTERNATIVES})`);
/** Whether a file's text names one of those packages; a boolean per file (the key's only reference). */
const packageMentions = new WeakMap<object, boolean>();

/**
 * The module an initialiser loads: `require("m")`, `await import("m")`, and the guarded dynamic import an optional
 * dependency is loaded with (`(await import("m" as string).catch(() => null)) as T`); else null.
 */
function loadedModule(init: TSESTree.Node | null | undefined): string | null {
  if (!init) return null;
  let current = unwrapExpression(init);
  if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  // `.catch(() => null)` / `.then(…)` around the import settle the same module (or nothing at all).
  for (let depth = 0; depth < 3 && current.type === AST_NODE_TYPES.CallExpression; depth++) {
    const callee = unwrapExpression(current.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || (name !== "catch" && name !== "then")) break;
    current = unwrapExpression(callee.object);
  }
  if (current.type === AST_NODE_TYPES.ImportExpression) {
    const source = unwrapExpression(current.source);
    return source.type === AST_NODE_TYPES.Literal && typeof source.value === "string" ? packageSpecifier(source.value) : null;
  }
  return requiredModule(init);
}

/** The module a definition binds from: `import x from "m"`, `const x = require("m")`, `await import("m")`; else null. */
export function importedFrom(definition: TSESLint.Scope.Definition): string | null {
  if (definition.type === DefinitionType.ImportBinding) {
    const declaration = definition.node.parent;
    return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? packageSpecifier(declaration.source.value) : null;
  }
  return definition.node.type === AST_NODE_TYPES.VariableDeclarator ? loadedModule(definition.node.init) : null;
}

/** Whether a file's text names one of those packages in a string (`require("mssql")`, `from "mysql2/promise"`). */
export function namesOtherPackage(text: string): boolean {
  return OTHER_PACKAGE_TEXT.test(text);
}

/** Whether a module specifier is one of those packages (`mssql`, `mysql2/promise`, `generic-pool`). */
export function isOtherPackage(specifier: string): boolean {
  return OTHER_PACKAGE.test(specifier);
}

/** `createPool(…)`, `new sql.ConnectionPool(…)`, `await mysql.createPool(…)`, made by another library's package. */
function madeByOtherPackage(value: TSESTree.Node, sourceCode: SourceCode): boolean {
  return madeByPackage(value, (identifier) => {
    const factory = findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
    return factory ? importedFrom(factory) : null;
  });
}

/**
 * The same, with `packageOf` saying which package an identifier is bound to (null: none): the linted file's scope
 * analysis, or a local module's top-level imports (module-reader.ts, which has no scope analysis).
 */
export function madeByPackage(value: TSESTree.Node, packageOf: (identifier: TSESTree.Identifier) => string | null): boolean {
  let made = unwrapExpression(value);
  if (made.type === AST_NODE_TYPES.AwaitExpression) made = unwrapExpression(made.argument);
  if (made.type !== AST_NODE_TYPES.CallExpression && made.type !== AST_NODE_TYPES.NewExpression) return false;
  let callee = unwrapExpression(made.callee);
  // `new sql.ConnectionPool(…)` in a file that names mssql (the caller's text check), whatever `sql` is bound to:
  // Kash15if/online-exam-api loads mssql lazily (`const sql = getSql()`, a local function returning a module variable
  // a `require("mssql")` fills). pg exports no `ConnectionPool`, so no pg module's member is called that.
  const constructsConnectionPool =
    made.type === AST_NODE_TYPES.NewExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberPropertyName(callee) === "ConnectionPool";
  if (constructsConnectionPool) return true;
  while (callee.type === AST_NODE_TYPES.MemberExpression) callee = unwrapExpression(callee.object);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const source = packageOf(callee);
  return source !== null && OTHER_PACKAGE.test(source);
}

/**
 * The receiver's root comes from another library's package (`const pool = await createPool(…)` from slonik; `let
 * pool: any`, later `pool = new mssql.ConnectionPool(…)` with mssql imported dynamically): no pg pool whatever it is
 * called, unless some assignment gives it pg's own `new Pool(…)`. Judged before the name pattern, unlike
 * `isOtherLibraryReceiver`.
 */
export function comesFromOtherPackage(receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  // Most files name none of these packages: a text search, once per file, spares every scope lookup.
  let names = packageMentions.get(sourceCode);
  if (names === undefined) {
    names = namesOtherPackage(sourceCode.text);
    packageMentions.set(sourceCode, names);
  }
  if (!names) return false;
  const current = memberChainRoot(receiver);
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(current), current);
  if (!variable) return false;
  const definition = variable.defs[0];
  if (definition?.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init && !isNothing(definition.node.init)) {
    return madeByOtherPackage(definition.node.init, sourceCode);
  }
  // Declared without a value (`let pool: any`, `let pool = null`: isNothing): what the assignments give it.
  const written = variable.references.flatMap((reference) => (reference.isWrite() && !reference.init && reference.writeExpr ? [reference.writeExpr] : []));
  return (
    written.some((value) => madeByOtherPackage(value, sourceCode)) && !written.some((value) => isPoolConstruction(value, sourceCode))
  );
}

/** The receiver of `connect()` is, by its names or the package it comes from, another library's client. */
export function isOtherLibraryReceiver(receiver: TSESTree.Node, sourceCode: SourceCode, hops = 0): boolean {
  if (hops > 4) return false;
  let current: TSESTree.Node = unwrapExpression(receiver);
  for (let depth = 0; depth < 8; depth++) {
    switch (current.type) {
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberPropertyName(current);
        if (name !== null && OTHER_LIBRARY.test(name)) return true;
        current = unwrapExpression(current.object);
        continue;
      }
      case AST_NODE_TYPES.CallExpression:
        current = unwrapExpression(current.callee);
        continue;
      case AST_NODE_TYPES.NewExpression:
        current = unwrapExpression(current.callee);
        continue;
      case AST_NODE_TYPES.Identifier:
        return OTHER_LIBRARY.test(current.name) || importedFromOtherLibrary(current, sourceCode, hops);
      default:
        return false;
    }
  }
  return false;
}

function importedFromOtherLibrary(identifier: TSESTree.Identifier, sourceCode: SourceCode, hops: number): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  for (const definition of variable?.defs ?? []) {
    const source = importedFrom(definition);
    if (source !== null) {
      if (OTHER_LIBRARY.test(source)) return true;
      continue;
    }
    // `const client = redis.createClient()`, `new MongoClient(url)`: the library is in the initialiser
    const init = definition.node.type === AST_NODE_TYPES.VariableDeclarator ? definition.node.init : null;
    const initial = init ? unwrapExpression(init) : null;
    if (init && (initial?.type === AST_NODE_TYPES.CallExpression || initial?.type === AST_NODE_TYPES.AwaitExpression)) {
      return isOtherLibraryReceiver(init, sourceCode, hops + 1);
    }
  }
  return false;
}
