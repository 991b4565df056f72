// Releases made only in the handlers of separate promise chains, read by the outermost handler around each release:
// what runs inside `hash(pw).then(…)` — a query's own `.then`/`.catch` included — runs only when `hash(pw)` fulfils.
// evo0705/JetSpreeNodeJS's sign-up (corpus-33c): the duplicate-email SELECT releases only in its `.catch`, the INSERT's
// `.then` and `.catch` only inside `bcrypt.hash(…).then(…)`, whose own `.catch` rethrows. Read by the innermost handler,
// the SELECT's `.catch` made the whole checkout look handled on rejection; chain by chain, the SELECT fulfilling and
// the hash rejecting releases nothing. Each chain is a fresh promise (a call) at its root, so two chains are two
// promises; a root kept in a variable (`p.then(…)`, then `p.catch(…)`) may be one promise seen twice: not read. Nor
// a chain inside another's root (`Promise.all([q.then(release)]).catch(release)`, `retry(() => q.then(…)).catch(…)`):
// its rejection may be the outer root's, whose handler releases (review-33a).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { encloses, methodCall, promiseStaticMethod } from "../node-shapes.js";
import { promiseRole } from "./promise-handler-roles.js";

const PROMISE_METHODS = new Set(["then", "catch", "finally"]);

const NEVER_REJECTING = new Set(["resolve", "allSettled"]);

/** `q.catch(f).then(release)`, `q.then(a, b).then(release)`: an earlier handler of the chain may recover a rejection. */
function catchesBefore(handlerCall: TSESTree.CallExpression): boolean {
  let object = methodCall(handlerCall)?.object;
  while (object?.type === AST_NODE_TYPES.CallExpression) {
    const method = methodCall(object);
    if (!method || !PROMISE_METHODS.has(method.name)) return false;
    if (method.name === "catch" || (method.name === "then" && object.arguments.length >= 2)) return true;
    object = method.object;
  }
  return false;
}

interface ChainReleases {
  fulfilled: TSESTree.CallExpression[];
  rejected: boolean;
  /** Every releasing handler's call of the chain, whatever its role. */
  calls: TSESTree.CallExpression[];
}

/** The promise a `.then`/`.catch`/`.finally` chain starts from: `hash(pw)` for `hash(pw).then(f).catch(g)`. */
function chainRoot(handlerCall: TSESTree.CallExpression): TSESTree.Node | null {
  let method = methodCall(handlerCall);
  while (method && PROMISE_METHODS.has(method.name)) {
    const object = method.object;
    if (object.type !== AST_NODE_TYPES.CallExpression) return object;
    const inner = methodCall(object);
    if (!inner || !PROMISE_METHODS.has(inner.name)) return object;
    method = inner;
  }
  return null;
}

/**
 * When every release sits in a promise handler and, grouped by the chain of their outermost handler, no chain
 * releases on both outcomes (or on settlement), while some chain releases on fulfilment only: those chains' handler
 * calls (`hash(pw).then(…)`), first in the source first — the path where each chain takes the outcome it releases
 * nothing on keeps the client. Null otherwise, and whenever a chain's root is not a call.
 * `releasing`: each release with the functions between it and the checkout's owner, outermost first.
 */
export function unreleasedChainOutcomes(
  releasing: ReadonlyArray<{ nested: readonly TSESTree.Node[] }>,
): TSESTree.CallExpression[] | null {
  if (releasing.length === 0) return null;
  const chains = new Map<TSESTree.Node, ChainReleases>();
  for (const { nested } of releasing) {
    const handler = nested.find((fn) => promiseRole(fn) !== null);
    if (!handler) return null;
    const role = promiseRole(handler);
    if (role === "settled") return null;
    const call = handler.parent as TSESTree.CallExpression;
    const root = chainRoot(call);
    if (root?.type !== AST_NODE_TYPES.CallExpression) return null;
    // `Promise.resolve(…)` and `Promise.allSettled(…)` do not reject: their fulfilment handlers always run; nor may a
    // `.then` after a `.catch(…)` or two-callback `.then(…, …)` that swallows the rejection (review-33a).
    if (role === "fulfilled" && (NEVER_REJECTING.has(promiseStaticMethod(root) ?? "") || catchesBefore(call))) return null;
    const chain = chains.get(root) ?? { fulfilled: [], rejected: false, calls: [] };
    chains.set(root, chain);
    chain.calls.push(call);
    if (role === "fulfilled") chain.fulfilled.push(call);
    else chain.rejected = true;
  }
  const fulfilledOnly: TSESTree.CallExpression[] = [];
  for (const [root, chain] of chains) {
    if (chain.fulfilled.length > 0 && chain.rejected) return null;
    for (const [other, { calls }] of chains) {
      if (other !== root && calls.some((call) => encloses(root, call))) return null;
    }
    fulfilledOnly.push(...chain.fulfilled);
  }
  return fulfilledOnly.length > 0 ? fulfilledOnly.sort((a, b) => a.range[0] - b.range[0]) : null;
}
