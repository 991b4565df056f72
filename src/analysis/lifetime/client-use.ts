// Whether a variable holding an awaited call's result is used as a pg client: the cost gate before a local module
// is read to learn whether the call is a checkout (imported-checkouts.ts, class-checkouts.ts). The module's reading
// decides; this only says the result is worth asking about. Used as a client: `client.query(…)` or
// `client.release(…)` on it, or handed to a function of the same file that does so to the parameter it receives
// (PrairieLearn's beginTransactionAsync gives its checkout only to `queryWithClientAsync(client, sql)` and
// `rollbackWithClientAsync(client)`), followed MAX_DEPTH deep; or, when the caller asks, handed to a local module's
// function that releases or stores it on every path (VitaliiHordiichuk/autohub's `releaseRunLock(runLockDb)` in the
// finally, from the same ./lock.js as its acquireRunLock) or runs a query on it (kkumarcodes/Shopmost's
// `startTransaction(connection)`).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { declaredFunction } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const MAX_DEPTH = 2;

/**
 * `client.query(…)` or `client.release(…)` somewhere, directly or in a same-file function it is handed to; or a
 * reference `handedOver` accepts (an imported function that releases it: instrumented by the caller, which can read modules).
 */
export function usedAsClient(client: Variable, sourceCode: SourceCode, handedOver?: (identifier: TSESTree.Identifier) => boolean): boolean {
  return usedWithin(client, sourceCode, 0, new Set(), handedOver);
}

function usedWithin(
  client: Variable,
  sourceCode: SourceCode,
  depth: number,
  seen: Set<Variable>,
  handedOver?: (identifier: TSESTree.Identifier) => boolean,
): boolean {
  if (seen.has(client)) return false;
  seen.add(client);
  if (client.references.some((reference) => callsClientMethod(reference.identifier as TSESTree.Identifier))) return true;
  if (handedOver && client.references.some((reference) => handedOver(reference.identifier as TSESTree.Identifier))) return true;
  if (depth >= MAX_DEPTH) return false;
  return client.references.some((reference) => {
    const parameter = receivingParameter(reference, sourceCode);
    return parameter !== null && usedWithin(parameter, sourceCode, depth + 1, seen);
  });
}

function callsClientMethod(identifier: TSESTree.Identifier): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
  const name = memberPropertyName(member);
  const call = parentSkippingWrappers(member);
  return (name === "query" || name === "release") && call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member;
}

/**
 * `f(…, client, …)` with `f` a function of the file (`function f(c)`, `const f = (c) => …`, declared once): the
 * variable of the parameter at the client's position; null for anything else (a spread before it, a rest or
 * destructured parameter, a method, an import).
 */
export function receivingParameter(reference: TSESLint.Scope.Reference, sourceCode: SourceCode): Variable | null {
  const identifier = reference.identifier as TSESTree.Identifier;
  const call = parentSkippingWrappers(identifier);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const index = call.arguments.findIndex((argument) => unwrapExpression(argument) === identifier);
  const callee = unwrapExpression(call.callee);
  if (index < 0 || callee.type !== AST_NODE_TYPES.Identifier || call.arguments.slice(0, index).some((a) => a.type === AST_NODE_TYPES.SpreadElement)) {
    return null;
  }
  const fn = functionNamed(reference.from, callee.name);
  const parameter = fn?.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return null;
  return sourceCode.getDeclaredVariables(fn!).find((variable) => variable.name === parameter.name) ?? null;
}

/** The function `name` is bound to where `scope` sees it, when that binding is its only definition. */
function functionNamed(scope: TSESLint.Scope.Scope, name: string): TSESTree.FunctionLike | null {
  let variable: Variable | undefined;
  for (let current: TSESLint.Scope.Scope | null = scope; current && !variable; current = current.upper) variable = current.set.get(name);
  return variable ? declaredFunction(variable) : null;
}
