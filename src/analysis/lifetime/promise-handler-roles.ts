// Which outcome of a promise a handler runs on: `x.then(onFulfilled, onRejected)`, `x.catch(onRejected)`,
// `x.finally(onSettled)`. A release inside a fulfilment handler runs only when the promise fulfils
// (`rejectionSkipsRelease`); one given as the rejection's handler itself — `.then(() => release(), release)`,
// `.catch(client.release)` — runs when it rejects.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { type FunctionNode, isFunctionNode, methodCall } from "../node-shapes.js";

const PROMISE_METHODS = new Set(["then", "catch", "finally"]);

type Role = "fulfilled" | "rejected" | "settled";

/** `x.then(fn)`, `x.catch(fn)`, `x.finally(fn)`: which outcomes `fn` handles; null when it is not such a handler. */
export function promiseRole(fn: TSESTree.Node): Role | null {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
  const method = methodCall(call);
  if (!method || !PROMISE_METHODS.has(method.name)) return null;
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  if (method.name === "finally" && index === 0) return "settled";
  if (method.name === "catch" && index === 0) return "rejected";
  if (method.name === "then") return index === 0 ? "fulfilled" : index === 1 ? "rejected" : null;
  return null;
}

/**
 * The innermost promise handler around a release: what runs inside a `.then` handler — in a node-style query callback
 * or a timer it starts — runs only when that handler does, so only on that promise's fulfilment.
 */
export function innermostPromiseHandler(chain: readonly TSESTree.Node[]): FunctionNode | null {
  for (let index = chain.length - 1; index >= 0; index--) {
    const fn = chain[index]!;
    if (isFunctionNode(fn) && promiseRole(fn) !== null) return fn;
  }
  return null;
}

/**
 * The outermost fulfilment handler around `inner`, a rejection or settlement handler enclosing a release: such a
 * handler nested in a `.then` handler runs only when that outer promise fulfils, so the outer promise's rejection skips
 * it (`client.query(sql).then((r) => client.query(next).then(ok).catch(() => client.release()))` with no handler of the
 * first query's rejection: meltzwho/Peddle's addToCart at 3b1634d). `chain` lists the functions between the owner and
 * the release, outermost first; null when no fulfilment handler encloses `inner`.
 */
export function fulfilmentHandlerAround(chain: readonly TSESTree.Node[], inner: FunctionNode): FunctionNode | null {
  const end = chain.indexOf(inner);
  for (let index = 0; index < end; index++) {
    const fn = chain[index]!;
    if (isFunctionNode(fn) && promiseRole(fn) === "fulfilled") return fn;
  }
  return null;
}

/**
 * Whether a hand-over of the release — the checkout's release function itself, or `client.release` (pg-promise's
 * `sco.done`) uncalled — gives it as the handler of a promise's rejection (`.then(ok, release)`,
 * `.catch(client.release)`, `.finally(done)`): pg's release is a closure over its client, so it needs no `this`.
 */
export function rejectionHandlerRelease(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  const handler = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier ? parent : identifier;
  const role = promiseRole(handler);
  return role === "rejected" || role === "settled";
}
