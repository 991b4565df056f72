// A checkout a class's static method hands out through a wrapper's callback: `static async getDatabase(pool) { const
// database = await retry(async () => { const connection = await pool.connect(); return connection; }); return
// database; }`, called as `const connection = await Store.getDatabase(this.pool)` (thenativeweb/wolkenkit's stores).
// What the wrapper resolves with is its package's business, which is not read: the call is taken for the checkout only
// when the callback is the wrapper's only argument and gives back the checkout on every return, the wrapper is
// awaited and its value is what the method returns on every return, and the caller releases the result itself. That
// release says the caller owns a pool client; every finding is then about a path that skips it. A caller that never
// releases the result is not followed: a wrapper resolving with something else would make that a false alarm.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { codePathOwner, memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";
import { awaitedTarget } from "./awaited-target.js";
import { classVariables } from "./class-checkouts.js";
import { awaitedHelperCheckout, returnsOnlyTheCheckout } from "./helper-checkouts.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** The awaited calls `C.m(…)` of static methods of the file's classes that resolve a wrapped checkout, each a checkout. */
export function wrappedStaticCheckouts(acquisitions: readonly Acquisition[], sourceCode: SourceCode): Acquisition[] {
  const found: Acquisition[] = [];
  for (const acquisition of acquisitions) {
    const method = wrappingStaticMethod(acquisition, sourceCode);
    if (!method) continue;
    for (const classVariable of classVariables(method.parent.parent, sourceCode)) {
      for (const reference of classVariable.references) {
        const call = staticCall(reference.identifier as TSESTree.Identifier, method.key.name);
        const awaited = call ? parentSkippingWrappers(call) : undefined;
        if (!call || awaited?.type !== AST_NODE_TYPES.AwaitExpression) continue;
        const where = awaitedTarget(sourceCode, awaited);
        if (where.target !== "variable" || !where.client || where.wrapped || !releasesItself(where.client)) continue;
        found.push(awaitedHelperCheckout(call, acquisition.pool, where));
      }
    }
  }
  return found;
}

type StaticMethod = TSESTree.MethodDefinition & { key: TSESTree.Identifier };

/**
 * The static method whose every return is the awaited value of `wrapper(callback)`, `callback` being the function
 * that makes `acquisition` and gives it back on every return; null for any other shape.
 */
function wrappingStaticMethod(acquisition: Acquisition, sourceCode: SourceCode): StaticMethod | null {
  if (acquisition.style !== "await" || acquisition.throughHelper) return null;
  const callback = codePathOwner(acquisition.call);
  if (!isFunction(callback) || !returnsOnlyTheCheckout(callback, acquisition, sourceCode)) return null;
  const wrapper = parentSkippingWrappers(callback);
  if (wrapper?.type !== AST_NODE_TYPES.CallExpression || wrapper.arguments.length !== 1 || unwrapExpression(wrapper.arguments[0]!) !== callback) return null;
  const awaited = parentSkippingWrappers(wrapper);
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return null;
  const method = codePathOwner(awaited);
  const element = method.parent;
  if (!isFunction(method) || element?.type !== AST_NODE_TYPES.MethodDefinition || element.value !== method) return null;
  if (!element.static || element.kind !== "method" || element.computed || element.key.type !== AST_NODE_TYPES.Identifier) return null;
  const resolved = awaitedHelperCheckout(wrapper, acquisition.pool, awaitedTarget(sourceCode, awaited));
  return returnsOnlyTheCheckout(method, resolved, sourceCode) ? (element as StaticMethod) : null;
}

/** `C.name(…)` around the class's name `identifier`, or null. */
function staticCall(identifier: TSESTree.Identifier, name: string): TSESTree.CallExpression | null {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier || member.computed) return null;
  if (memberPropertyName(member) !== name) return null;
  const call = parentSkippingWrappers(member);
  return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member ? call : null;
}

/** Some reference of `client` calls its `release()`. */
function releasesItself(client: Variable): boolean {
  return client.references.some((reference) => staticCall(reference.identifier as TSESTree.Identifier, "release") !== null);
}
