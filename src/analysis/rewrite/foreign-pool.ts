// A pool the file makes itself with another library's class: `const pool = new Pool(…)` where `Pool` is imported
// from a package that is not node-postgres (`import { Pool } from "postgres-pool"`). The rules take it for a pool by
// its name, and its `connect()`/`release()` work the same, but its type is that package's class: `withClient(pool, …)`
// would not type-check against withClient's `pg.Pool`. The isolated type check of check-rewrites cannot see it (the
// package does not resolve there), so the rewrite refuses it in type-checked files, as it refuses a pool declared
// with another type (rewrite-safety.ts poolTypeReason). So does a pool whose initializer asserts a shape written out
// in place (`(service as unknown as { pool: { connect(): … } }).pool`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { packageSpecifier, unwrapExpression } from "../node-shapes.js";

type Source = Readonly<TSESLint.SourceCode>;

/** Packages whose pool class is pg's own (or built on it, with its type): pg, pg-pool, Neon's and Vercel's drivers. */
const PG_POOL_PACKAGES = new Set(["pg", "pg-pool", "@neondatabase/serverless", "@vercel/postgres"]);
/** A bare npm package name (with its scope), then an optional subpath: not a relative path, `#imports` or `~/` alias. */
const NPM_SPECIFIER = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/.*)?$/i;

/** The single-definition variable `identifier` names, or null. */
function soleDefinition(source: Source, identifier: TSESTree.Identifier): TSESLint.Scope.Definition | null {
  const variable = findVariable(source.getScope(identifier), identifier);
  return variable?.defs.length === 1 ? (variable.defs[0] ?? null) : null;
}

/**
 * Why the helper would not take `pool`: it is a variable declared once, without a type, as `new C(…)` (or
 * `new ns.C(…)`) with `C` (or `ns`) imported from an npm package other than node-postgres's. Null otherwise.
 */
export function foreignPoolReason(
  source: Source,
  acquisition: { pool: TSESTree.Expression; poolAsWritten: TSESTree.Expression },
  memberDeclaredPool?: (member: TSESTree.MemberExpression) => boolean,
): string | null {
  // An assertion written on the pool (`(pool as any).connect()`) goes into the helper's call with it.
  for (let wrapper: TSESTree.Node = acquisition.poolAsWritten; wrapper !== acquisition.pool; ) {
    if (wrapper.type !== AST_NODE_TYPES.TSNonNullExpression) return null;
    wrapper = wrapper.expression;
  }
  const pool = acquisition.pool;
  const node = unwrapExpression(pool);
  if (node.type === AST_NODE_TYPES.MemberExpression) return decoratorReason(source, node, memberDeclaredPool);
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const declared = soleDefinition(source, node);
  if (declared?.type !== DefinitionType.Variable || declared.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const { id, init } = declared.node;
  if (id.type !== AST_NODE_TYPES.Identifier || id.typeAnnotation || !init) return null;
  const shape = assertedShape(init);
  if (shape) return `\`${source.getText(pool)}\` is asserted to be \`${shapeText(source, shape)}\`, and the helper takes pg's \`Pool\``;
  const made = unwrapExpression(init);
  if (made.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrapExpression(made.callee);
  const root =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee
      : callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier
        ? callee.object
        : null;
  if (!root) return null;
  const imported = soleDefinition(source, root);
  const declaration = imported?.type === DefinitionType.ImportBinding ? imported.node.parent : undefined;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
  const name = NPM_SPECIFIER.exec(packageSpecifier(declaration.source.value))?.[1];
  if (!name || PG_POOL_PACKAGES.has(name)) return null;
  return `\`${source.getText(pool)}\` is made by \`new ${source.getText(made.callee)}(…)\` of \`${name}\`, and the helper takes pg's \`Pool\``;
}

/**
 * Why the helper would not take `pool`: the project writes it out as an object of its own, in this file or in the
 * module it is imported from (written-out-pools.ts). An assertion written on the pool goes into the call with it.
 */
export function writtenOutPoolReason(
  source: Source,
  acquisition: { pool: TSESTree.Expression; poolAsWritten: TSESTree.Expression },
  writtenOutPlace: ((pool: TSESTree.Node) => string | null) | undefined,
): string | null {
  if (!writtenOutPlace) return null;
  for (let wrapper: TSESTree.Node = acquisition.poolAsWritten; wrapper !== acquisition.pool; ) {
    if (wrapper.type !== AST_NODE_TYPES.TSNonNullExpression) return null;
    wrapper = wrapper.expression;
  }
  const place = writtenOutPlace(acquisition.pool);
  if (place === null) return null;
  const where = place === "this file" ? "in this file" : `by \`${place}\``;
  return `\`${source.getText(acquisition.pool)}\` is an object written out ${where}, not pg's \`Pool\`, which the helper takes`;
}

/** `e as T`, `<T>e`: the assertion itself, under parentheses and `!`. */
function assertionOf(node: TSESTree.Node): TSESTree.TSAsExpression | TSESTree.TSTypeAssertion | null {
  let current = node;
  while (current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
  return current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSTypeAssertion ? current : null;
}

/**
 * The object type written out in the pool's initializer — `x as { connect(): … }`, or a property of one:
 * `(service as unknown as { pool: { connect(): … } }).pool` (5stackgg/api's test helper reaching into its service) —
 * which TypeScript then takes for the pool's type. A shape spelled out that way never has the twenty-odd members of
 * pg's `Pool`, so withClient's parameter would not take it.
 */
function assertedShape(init: TSESTree.Expression): TSESTree.TSTypeLiteral | null {
  let current: TSESTree.Node = init;
  while (current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
  const direct = assertionOf(current);
  if (direct) return direct.typeAnnotation.type === AST_NODE_TYPES.TSTypeLiteral ? direct.typeAnnotation : null;
  if (current.type !== AST_NODE_TYPES.MemberExpression || current.computed || current.property.type !== AST_NODE_TYPES.Identifier) return null;
  const owner = assertionOf(current.object);
  if (owner?.typeAnnotation.type !== AST_NODE_TYPES.TSTypeLiteral) return null;
  const name = current.property.name;
  for (const member of owner.typeAnnotation.members) {
    if (member.type !== AST_NODE_TYPES.TSPropertySignature || member.computed) continue;
    const key = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : member.key.type === AST_NODE_TYPES.Literal ? String(member.key.value) : null;
    if (key !== name) continue;
    const type = member.typeAnnotation?.typeAnnotation;
    return type?.type === AST_NODE_TYPES.TSTypeLiteral ? type : null;
  }
  return null;
}

/** A written-out shape for the message: its first line, or `{ … }` when it spans several. */
function shapeText(source: Source, shape: TSESTree.TSTypeLiteral): string {
  const text = source.getText(shape);
  return text.includes("\n") ? "{ … }" : text;
}

/**
 * `fastify.pg` (or a named `fastify.pg.reports`), judged a pool as `@fastify/postgres`'s decorator: its type is the
 * plugin's `PostgresDb` — `{ pool, Pool, Client, query, connect, transact }` — not pg's `Pool`, so withClient's
 * parameter would not take it (TS2345 in every TypeScript route of CodingXD/e-buy, at-large round seven; the isolated
 * type check sees `fastify` as unresolved). Its `pool` member is the pool itself: `fastify.pg.pool` is fine, and so is
 * `this.pg`, a class's own member whose declared type the other checks read, and `options.pg` where `options` is
 * declared with a type of this file that gives `pg` pg's `Pool` (Zhihong0321/grouter's sync jobs, refused before).
 */
function decoratorReason(
  source: Source,
  member: TSESTree.MemberExpression,
  memberDeclaredPool: ((member: TSESTree.MemberExpression) => boolean) | undefined,
): string | null {
  if (member.computed || member.property.type !== AST_NODE_TYPES.Identifier) return null;
  const object = unwrapExpression(member.object);
  const decorator =
    member.property.name === "pg"
      ? member
      : object.type === AST_NODE_TYPES.MemberExpression &&
          !object.computed &&
          object.property.type === AST_NODE_TYPES.Identifier &&
          object.property.name === "pg" &&
          !DECORATOR_MEMBERS.has(member.property.name)
        ? object
        : null;
  if (!decorator || unwrapExpression(decorator.object).type === AST_NODE_TYPES.ThisExpression) return null;
  if (decorator === member && memberDeclaredPool?.(member)) return null;
  const text = source.getText(member);
  return `\`${text}\` is @fastify/postgres's decorator, not a pg \`Pool\` (its pool is \`${text}.pool\`), and the helper takes pg's \`Pool\``;
}

/** What `fastify.pg.<name>` is when it is not a named pool: the plugin's own members and pg's exports. */
const DECORATOR_MEMBERS = new Set(["pool", "Pool", "Client", "native", "types", "defaults", "Query", "query", "connect", "transact"]);
