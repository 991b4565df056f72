// The members of a local module that are pg-cursor's or pg-query-stream's class, re-exported under the project's
// name: `module.exports = { getClient, Cursor }` after `const Cursor = require("pg-cursor")` (erc83/desafio-mi-bank),
// `exports.Cursor = require("pg-cursor")`, `export { default as QueryStream } from "pg-query-stream"`. The linted
// file's `new db.Cursor(sql)` then builds pg's submittable, whose construction with the SQL text alone cannot throw
// (lifetime/held-submittables.ts). Read with the module's pools (module-pools.ts's cache): a name exported twice is
// not taken.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { commonJsExports, packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";

/** Packages whose default export is a submittable only a pg client can run. */
export const SUBMITTABLE_PACKAGES: ReadonlySet<string> = new Set(["pg-cursor", "pg-query-stream"]);

/** The module's text may re-export a submittable class: the cost gate before its exports are read for one. */
export const SUBMITTABLE_SOURCE = /["'](?:pg-cursor|pg-query-stream)["']/;

/** Export names (`default` for the module's value) bound to pg-cursor's or pg-query-stream's class. */
export function exportedSubmittables(program: TSESTree.Program): ReadonlySet<string> {
  const classes = submittableBindings(program);
  const counts = new Map<string, number>();
  const found = new Set<string>();
  const exportAs = (name: string | null, value: TSESTree.Node | null | undefined, isClass = value ? isClassValue(value, classes) : false): void => {
    if (name === null) return;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (isClass) found.add(name);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
      for (const { name, value, method } of commonJsExports(statement.expression)) exportAs(name, method ? null : value);
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      exportAs("default", statement.declaration as TSESTree.Node);
    } else if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      const from = statement.source ? packageSpecifier(statement.source.value) : null;
      for (const specifier of statement.specifiers) {
        const local = specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
        const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
        // `export { default as Cursor } from "pg-cursor"`, or `export { Cursor }` of a binding of this module.
        exportAs(exported, null, from === null ? classes.has(local) : SUBMITTABLE_PACKAGES.has(from) && local === "default");
      }
      const declaration = statement.declaration;
      if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) exportAs(declarator.id.name, declarator.init);
      }
    }
  }
  for (const name of found) if (counts.get(name) !== 1) found.delete(name);
  return found;
}

function isClassValue(node: TSESTree.Node, classes: ReadonlySet<string>): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) return classes.has(value.name);
  const source = requiredModule(value);
  return source !== null && SUBMITTABLE_PACKAGES.has(source);
}

/**
 * Top-level `import Cursor from "pg-cursor"` and `const Cursor = require("pg-cursor")` bindings: neither can be
 * assigned again (a `let` or `var` could, and is not taken).
 */
function submittableBindings(program: TSESTree.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && SUBMITTABLE_PACKAGES.has(packageSpecifier(statement.source.value))) {
      for (const specifier of statement.specifiers) if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) names.add(specifier.local.name);
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== "const") continue;
    for (const declarator of statement.declarations) {
      const source = requiredModule(declarator.init);
      if (declarator.id.type === AST_NODE_TYPES.Identifier && source !== null && SUBMITTABLE_PACKAGES.has(source)) names.add(declarator.id.name);
    }
  }
  return names;
}
