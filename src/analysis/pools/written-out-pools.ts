// A "pool" the project writes out as an object of its own — `const pool = { connect: async () => … }`, or
// `import { pool } from "./connection"` where that module has `export const pool = { query, connect, end }` (a façade
// over pg's pool, a shim over another driver: hossamnassem22/gfos-core, AlexFigueiras/financeiro-). Its name makes it
// a pool, and its `connect()`/`release()` may work like pg's, but its type is its own shape: withClient's `pg.Pool`
// parameter would not take it, and check-rewrites' isolated type check cannot see a module it does not resolve.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { findVariable } from "../find-variable.js";
import { unwrapExpression } from "../node-shapes.js";
import { exportsObjectLiteral, resolveLocalModule } from "./module-pools.js";
import type { LintedFile } from "./pool-annotations.js";

/**
 * Where the object `expression` names is written out: "this file" for a variable declared once, without a type,
 * as an object literal; the module specifier for a named import of a project module that exports it as one. Null
 * for anything else.
 */
export function writtenOutPoolPlace(
  sourceCode: Readonly<TSESLint.SourceCode>,
  lintedFile: LintedFile,
  expression: TSESTree.Node,
): string | null {
  const node = unwrapExpression(expression);
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return null;
  if (definition.type === DefinitionType.Variable) {
    const declarator = definition.node;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== definition.name) return null;
    if (declarator.id.typeAnnotation || !declarator.init) return null;
    return writtenOutObject(declarator.init) ? "this file" : null;
  }
  if (definition.type !== DefinitionType.ImportBinding || definition.node.type !== AST_NODE_TYPES.ImportSpecifier) return null;
  const declaration = definition.node.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === "type") return null;
  const { filename } = lintedFile();
  const file = path.isAbsolute(filename) ? resolveLocalModule(filename, declaration.source.value) : null;
  const imported = definition.node.imported;
  const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
  return file !== null && exportsObjectLiteral(file, name) ? declaration.source.value : null;
}

/** An object literal, perhaps under `satisfies T` or `as const` (which keep its own type); any other assertion decides. */
function writtenOutObject(init: TSESTree.Expression): boolean {
  let node: TSESTree.Expression = init;
  for (;;) {
    if (node.type === AST_NODE_TYPES.TSSatisfiesExpression) node = node.expression;
    else if (node.type === AST_NODE_TYPES.TSAsExpression && isConstType(node.typeAnnotation)) node = node.expression;
    else return node.type === AST_NODE_TYPES.ObjectExpression;
  }
}

function isConstType(type: TSESTree.TypeNode): boolean {
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === "const";
}
