// `const client = pool.connect();` with no `await`: the variable holds the checkout's promise, yet the code calls
// client methods on it (`client.query(…)`, `client.release()`). Those calls throw a TypeError (a promise has no
// `query` or `release`), and the client the promise resolves to is held by nobody: it is never released. Seen in
// daxherrera/callscreenerbot's start-up block. A promise that is awaited, chained (`.then`/`.catch`/`.finally`),
// returned, passed on or stored anywhere is a hand-over the acquisition analysis already follows: only a variable
// whose every use is a method call on it, one of them a client's `query` or `release`, is judged here.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

const PROMISE_METHODS = new Set(["then", "catch", "finally"]);
const CLIENT_METHODS = new Set(["query", "release"]);

/**
 * For a bare `P.connect()` promise (target "transferred") held in a `const`/`let`/`var` whose every use calls a method
 * on it as if it were the client: the first such client call (`client.query(…)`), else null.
 */
export function promiseUsedAsClient(acquisition: Acquisition, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | null {
  if (acquisition.target !== "transferred" || acquisition.binding !== acquisition.call) return null;
  const declarator = parentSkippingWrappers(acquisition.call);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (!declarator.init || unwrapExpression(declarator.init) !== acquisition.call) return null;
  const variable = sourceCode.getDeclaredVariables(declarator).find((v) => v.identifiers.includes(declarator.id as TSESTree.Identifier));
  if (!variable) return null;

  let first: TSESTree.CallExpression | null = null;
  let clientCall = false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    const use = methodCallOn(reference.identifier as TSESTree.Identifier);
    if (!use) return null;
    if (!first || use.call.range[0] < first.range[0]) first = use.call;
    if (CLIENT_METHODS.has(use.name)) clientCall = true;
  }
  return clientCall ? first : null;
}

/** `v.name(…)` with `v` the identifier and `name` no promise method: the call and the name, else null. */
function methodCallOn(identifier: TSESTree.Identifier): { call: TSESTree.CallExpression; name: string } | null {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return null;
  const name = memberPropertyName(member);
  if (name === null || PROMISE_METHODS.has(name)) return null;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return null;
  return { call, name };
}
