// `const cursor = new Cursor(sql); client.query(cursor);` with `Cursor` from pg-cursor (or pg-query-stream): building
// the submittable that pg is then handed is no throw point, as `client.query(new Cursor(sql))` written inline is not
// (throw-points.ts: pg takes a submittable without throwing, its errors arrive as events). Only a `const` declared
// with the `new` as its value and given to some `.query(…)` as the submittable (its first argument) is taken, only
// for a class imported or required from those packages under any name, or that a local module of the project
// re-exports (erc83/desafio-mi-bank's `new db.Cursor(…)` with `module.exports = { Cursor }` in ./db after `const
// Cursor = require("pg-cursor")`; pools/exported-submittables.ts) — a class the file does not show to be theirs (a
// parameter, a module that cannot be read, a binding assigned again) may throw —, and only when the SQL text is all the constructor gets: pg-cursor prepares the values it is given at once, which
// throws for a value whose `toPostgres` or JSON form does (VitalyOstanin/postgres-mcp's `new QueryStream(query,
// params)` before the try is reported for that).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { isSubmittableClass } from "./submittable-evidence.js";
import { importedCallee } from "./imported-functions.js";
import { findVariable } from "../find-variable.js";
import { modulePools, resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import { isWrittenAgain } from "../variable-references.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `node` is the value of a `const` that some `.query(…)` call is given as its first argument. */
export function isHeldSubmission(sourceCode: SourceCode, node: TSESTree.NewExpression, filename: string, parser: ModuleParser | undefined): boolean {
  const declarator = parentSkippingWrappers(node);
  if (node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return false;
  if (!isSubmittableClass(node.callee, sourceCode, (callee) => isReexportedClass(callee, sourceCode, filename, parser))) return false;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    !declarator.init ||
    unwrapExpression(declarator.init) !== node ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== "const"
  ) {
    return false;
  }
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  return (
    variable?.references.some((reference) => {
      const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
      return (
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.arguments[0] !== undefined &&
        unwrapExpression(call.arguments[0]) === reference.identifier &&
        methodCall(call)?.name === "query"
      );
    }) === true
  );
}

/**
 * `db.Cursor` (`db` the value or namespace of a local module, bound once and never assigned again) or `Cursor`
 * (`const { Cursor } = require("./db")`, `import { Cursor } from "./db"`) naming a member that the module binds to
 * pg-cursor's or pg-query-stream's class.
 */
function isReexportedClass(callee: TSESTree.Node, sourceCode: SourceCode, filename: string, parser: ModuleParser | undefined): boolean {
  if (!path.isAbsolute(filename)) return false;
  const binding = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : callee;
  if (binding.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(binding), binding);
  if (!variable || variable.defs.length !== 1 || isWrittenAgain(variable)) return false;
  const origin = importedCallee(callee, sourceCode, filename);
  const file = origin ? resolveLocalModule(filename, origin.source) : null;
  return origin !== null && file !== null && modulePools(file, parser).submittables.has(origin.name);
}
