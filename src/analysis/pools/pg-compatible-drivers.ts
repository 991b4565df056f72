// Pools of drivers built on node-postgres's Pool: @vercel/postgres exports ready-made pools (`db`, and `sql`, which is
// also a tagged template) and makes more with `createPool(…)` / `new VercelPool(…)`. Their `connect()` checks a client
// out that must be released exactly like pg's, and a project's code names them `db` or `sql`, which no pool name
// pattern matches — vercel/storage#177's `const client = await db.connect()` never released went unreported.
// A parameter or field annotated with the `VercelPool` class is a pool too (drizzle-orm's VercelPgSession, issue #6241).
// (@neondatabase/serverless's `Pool`, which @vercel/postgres wraps, is pg's class under another package: pg-imports.ts.)
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const VERCEL_POSTGRES = "@vercel/postgres";
/** Exports of @vercel/postgres that are pools themselves. */
const POOL_EXPORTS = new Set(["db", "sql"]);
/** Exports that make a pool: a factory called, a class constructed. */
const POOL_FACTORIES = new Set(["createPool"]);
const POOL_CLASSES = new Set(["VercelPool"]);

/**
 * The name `variable` takes from @vercel/postgres (`import { db as pg } …` gives "db"), or null. CommonJS counts the
 * same: `const { db } = require("@vercel/postgres")` (the Next.js Learn course's seed script) and `require(…).db`.
 */
function importedName(variable: Variable): string | null {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === DefinitionType.Variable) return requiredName(definition.node, variable);
  if (definition?.type !== DefinitionType.ImportBinding || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return null;
  const declaration = definition.node.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || packageSpecifier(declaration.source.value) !== VERCEL_POSTGRES) {
    return null;
  }
  const imported = definition.node.imported;
  return imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
}

/** `const { db } = require("@vercel/postgres")`, `const { db: pg } = …`, `const db = require(…).db`: the export's name. */
function requiredName(declarator: TSESTree.VariableDeclarator, variable: Variable): string | null {
  if (!declarator.init) return null;
  const init = unwrapExpression(declarator.init);
  if (declarator.id.type === AST_NODE_TYPES.Identifier) {
    if (init.type !== AST_NODE_TYPES.MemberExpression || requiredModule(init.object) !== VERCEL_POSTGRES) return null;
    return memberPropertyName(init);
  }
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || requiredModule(init) !== VERCEL_POSTGRES) return null;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type !== AST_NODE_TYPES.Identifier || value.name !== variable.name) continue;
    return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
  }
  return null;
}

function importedNameOf(node: TSESTree.Node, sourceCode: SourceCode): string | null {
  const current = unwrapExpression(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(current), current);
  return variable ? importedName(variable) : null;
}

/** `variable` is @vercel/postgres's `VercelPool` class, under any local name: an annotation naming it types a pool. */
export function isPgCompatibleDriverPoolClass(variable: Variable): boolean {
  return POOL_CLASSES.has(importedName(variable) ?? "");
}

/**
 * `variable` is one of @vercel/postgres's pools: its `db` or `sql` export, or a variable declared once as
 * `createPool(…)` or `new VercelPool(…)` of that package.
 */
export function isPgCompatibleDriverPool(variable: Variable, sourceCode: SourceCode): boolean {
  const name = importedName(variable);
  if (name !== null) return POOL_EXPORTS.has(name);
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) {
    return false;
  }
  let init = unwrapExpression(definition.node.init);
  if (init.type === AST_NODE_TYPES.AwaitExpression) init = unwrapExpression(init.argument);
  if (init.type === AST_NODE_TYPES.CallExpression) return POOL_FACTORIES.has(importedNameOf(init.callee, sourceCode) ?? "");
  if (init.type === AST_NODE_TYPES.NewExpression) return POOL_CLASSES.has(importedNameOf(init.callee, sourceCode) ?? "");
  return false;
}
