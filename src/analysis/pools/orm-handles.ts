// ORM handles on the pg pool underneath: drizzle-orm's node-postgres database keeps the client it was built on as
// `db.$client`, and a project that drops to raw SQL beside the ORM checks out through it (`await db.$client.connect()`
// for a LISTEN connection or an advisory lock, unaplauso/api's file service). `$client` is a pool only when the
// database was built on one: `drizzle(pool)`, `drizzle({ client: pool })`, or — node-postgres and neon-serverless — a
// connection string or `{ connection }` config, from which drizzle makes a `Pool` itself. vercel-postgres takes neither:
// given no client (`drizzle()`, `drizzle({ schema })`) it keeps @vercel/postgres's `sql`, a pool, and a string would be
// kept as it is. Built on a `new Client()` it is one connection, and drizzle's other drivers keep other clients there
// (postgres.js, libsql, mysql2…): those say nothing. A database annotated with a type alias that spells `$client: Pool`
// (`type Database = NodePgDatabase<typeof schema> & { $client: Pool }`, in this file or exported by a local module)
// says the same of its `$client`; a database imported from a local module is read there (imported-drizzle.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { packageSpecifier, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { readModuleProgram, resolveLocalModule } from "./module-pools.js";
import type { LintedFile } from "./pool-annotations.js";
import { isWrittenAgain } from "../variable-references.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** drizzle-orm's entry points whose `drizzle()` wraps a pg `Pool` (neon's and Vercel's are pg's Pool under another name). */
export const PG_POOL_DRIVERS = new Set(["drizzle-orm/node-postgres", "drizzle-orm/neon-serverless", "drizzle-orm/vercel-postgres"]);
/** The entry that makes no pool from a connection string or a `connection` key, and keeps `sql` when given no client. */
const VERCEL_POSTGRES = "drizzle-orm/vercel-postgres";

/** The entry point `callee` names when it is `drizzle` imported by name from one of those, under any local name. */
function pgDrizzleEntry(callee: TSESTree.Node, sourceCode: SourceCode): string | null {
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = findVariable(sourceCode.getScope(callee), callee)?.defs[0];
  if (definition?.type !== DefinitionType.ImportBinding || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return null;
  const declaration = definition.node.parent;
  const imported = definition.node.imported;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
  const entry = packageSpecifier(declaration.source.value);
  const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  return PG_POOL_DRIVERS.has(entry) && name === "drizzle" ? entry : null;
}

/** A connection string: a literal, a template, `process.env.X` (`!`, `as string` and `??` fallbacks unwrapped). */
export function isConnectionString(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === "string";
  if (value.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (value.type === AST_NODE_TYPES.LogicalExpression) return isConnectionString(value.left) && isConnectionString(value.right);
  if (value.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrapExpression(value.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    unwrapExpression(object.object).type === AST_NODE_TYPES.Identifier &&
    (unwrapExpression(object.object) as TSESTree.Identifier).name === "process" &&
    staticKeyName(object.property) === "env"
  );
}

/**
 * What `drizzle(first, …)` of `entry` was given makes `$client` a pool: a pool or `{ client: pool }`; for node-postgres
 * and neon-serverless a connection string or `{ connection }`; for vercel-postgres no client at all (`sql` is kept).
 */
export function builtOnPool(entry: string, first: TSESTree.Node | undefined, isPool: (node: TSESTree.Node) => boolean): boolean {
  const vercel = entry === VERCEL_POSTGRES;
  if (first === undefined) return vercel;
  if (first.type === AST_NODE_TYPES.SpreadElement) return false;
  const argument = unwrapExpression(first);
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return (!vercel && isConnectionString(argument)) || isPool(argument);
  // A spread or a computed key may carry a `client`: vercel-postgres is then not known to keep `sql`.
  let unknownKeys = false;
  for (const property of argument.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) {
      unknownKeys = true;
      continue;
    }
    const key = staticKeyName(property.key);
    if (key === "client") return isPool(property.value);
    if (key === "connection" && !vercel) return true;
  }
  return vercel && !unknownKeys;
}

/** The variable `object` of `object.$client` (its `name`), a plain identifier; undefined for any other member. */
export function clientHandleVariable(
  member: TSESTree.MemberExpression,
  name: string,
  sourceCode: SourceCode,
): TSESLint.Scope.Variable | undefined {
  if (name !== "$client") return undefined;
  const object = unwrapExpression(member.object);
  return object.type === AST_NODE_TYPES.Identifier ? (findVariable(sourceCode.getScope(object), object) ?? undefined) : undefined;
}

/**
 * `object.$client` is the pg pool a drizzle database was built on: `object` is a variable declared once as
 * `drizzle(…)` of drizzle-orm's node-postgres (or neon-serverless, vercel-postgres) entry, given a pool, a connection
 * string or a `{ connection }` config.
 */
export function isDrizzlePoolHandle(
  member: TSESTree.MemberExpression,
  name: string,
  sourceCode: SourceCode,
  isPool: (node: TSESTree.Node) => boolean,
): boolean {
  const variable = clientHandleVariable(member, name, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) {
    return false;
  }
  // A `let` given another database later is not known to hold this one.
  if (isWrittenAgain(variable!)) return false;
  const init = unwrapExpression(definition.node.init);
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  const entry = pgDrizzleEntry(unwrapExpression(init.callee), sourceCode);
  return entry !== null && builtOnPool(entry, init.arguments[0], isPool);
}

/** `Pool` imported by name from pg in `program`, or `pg.Pool` of a namespace or default import of pg. */
function isPgPoolType(type: TSESTree.TypeNode | undefined, program: TSESTree.Program): boolean {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const typeName = type.typeName;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || packageSpecifier(statement.source.value) !== "pg") continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === "Pool" && typeName.type === AST_NODE_TYPES.Identifier && typeName.name === specifier.local.name) return true;
      } else if (
        typeName.type === AST_NODE_TYPES.TSQualifiedName &&
        typeName.left.type === AST_NODE_TYPES.Identifier &&
        typeName.left.name === specifier.local.name &&
        typeName.right.name === "Pool"
      ) {
        return true;
      }
    }
  }
  return false;
}

/** An object type — a literal, or an intersection with one — that declares a required `$client: Pool` of pg. */
function declaresPoolClient(type: TSESTree.TypeNode, program: TSESTree.Program): boolean {
  if (type.type === AST_NODE_TYPES.TSIntersectionType) return type.types.some((part) => declaresPoolClient(part, program));
  if (type.type !== AST_NODE_TYPES.TSTypeLiteral) return false;
  return type.members.some(
    (member) =>
      member.type === AST_NODE_TYPES.TSPropertySignature &&
      !member.computed &&
      !member.optional &&
      staticKeyName(member.key) === "$client" &&
      isPgPoolType(member.typeAnnotation?.typeAnnotation, program),
  );
}

/** The alias `name` a module exports: `export type name = …`; null when it exports none. */
function exportedAlias(program: TSESTree.Program, name: string): TSESTree.TSTypeAliasDeclaration | null {
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : null;
    if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration && declaration.id.name === name) return declaration;
  }
  return null;
}

/**
 * `object.$client` where `object` is a variable or parameter annotated with a type alias — of this file, or exported
 * by a local module and imported by name — whose object type declares `$client: Pool` (pg's Pool).
 */
export function isTypedPoolHandle(
  member: TSESTree.MemberExpression,
  name: string,
  sourceCode: SourceCode,
  lintedFile: LintedFile,
): boolean {
  const variable = clientHandleVariable(member, name, sourceCode);
  const declared = variable?.defs.length === 1 ? variable.defs[0]?.name : undefined;
  const annotation = declared?.type === AST_NODE_TYPES.Identifier ? declared.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  const typeVariable = findVariable(sourceCode.getScope(annotation.typeName), annotation.typeName);
  const definition = typeVariable?.defs.length === 1 ? typeVariable.defs[0] : undefined;
  if (definition?.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration) {
    return declaresPoolClient(definition.node.typeAnnotation, sourceCode.ast);
  }
  if (definition?.type !== DefinitionType.ImportBinding || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return false;
  const declaration = definition.node.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  const imported = definition.node.imported;
  const file = resolveLocalModule(lintedFile().filename, declaration.source.value);
  const program = file === null ? null : readModuleProgram(file, lintedFile().parser);
  const alias = program ? exportedAlias(program, imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value) : null;
  return alias !== null && program !== null && declaresPoolClient(alias.typeAnnotation, program);
}
