// A pool the file makes itself with another library's class: `const pool = new Pool(…)` where `Pool` is imported
// from a package that is not node-postgres (`import { Pool } from "postgres-pool"`). The rules take it for a pool by
// its name, and its `connect()`/`release()` work the same, but its type is that package's class: `withClient(pool, …)`
// would not type-check against withClient's `pg.Pool`. The isolated type check of check-rewrites cannot see it (the
// package does not resolve there), so the rewrite refuses it in type-checked files, as it refuses a pool declared
// with another type (rewrite-safety.ts poolTypeReason).
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
): string | null {
  // An assertion written on the pool (`(pool as any).connect()`) goes into the helper's call with it.
  for (let wrapper: TSESTree.Node = acquisition.poolAsWritten; wrapper !== acquisition.pool; ) {
    if (wrapper.type !== AST_NODE_TYPES.TSNonNullExpression) return null;
    wrapper = wrapper.expression;
  }
  const pool = acquisition.pool;
  const node = unwrapExpression(pool);
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const declared = soleDefinition(source, node);
  if (declared?.type !== DefinitionType.Variable || declared.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const { id, init } = declared.node;
  if (id.type !== AST_NODE_TYPES.Identifier || id.typeAnnotation || !init) return null;
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
