// A checkout with no name, put straight into the options object of a call of a local module's function that only
// borrows that object (pools/borrowed-parameters.ts): `await dexLastPrice({ dbTx: await pool.connect(), … })`
// (dcSpark/carp). awaited-target.ts takes a client put into an object literal for handed over, as it is to a context,
// a session or `drizzle({ client })`; here the callee reads the client and lets it go, nobody can release it, and
// the checkout leaks as a dropped one does.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { ModuleParser } from "../pools/module-pools.js";
import { importedFunction } from "./imported-functions.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `call` (a `P.connect()`) is awaited as a property's value of an object that a borrowing imported function gets. */
export function lentToBorrowingFunction(
  call: TSESTree.Node,
  sourceCode: SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): boolean {
  const awaited = parentSkippingWrappers(call);
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const property = parentSkippingWrappers(awaited);
  if (property?.type !== AST_NODE_TYPES.Property || property.kind !== "init" || unwrapExpression(property.value) !== awaited) return false;
  const object = property.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const outer = parentSkippingWrappers(object);
  if (outer?.type !== AST_NODE_TYPES.CallExpression) return false;
  const index = outer.arguments.findIndex((argument) => unwrapExpression(argument) === object);
  if (index < 0 || outer.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  return importedFunction(outer, sourceCode, filename, parser)?.borrows.has(index) === true;
}
