// Where a promise started on a held client goes: along its `.then/.catch/.finally` chain, into `Promise.all(…)` (also
// as what a `.map` callback returns), into a race (`Promise.race`/`any`, which does not wait for it), into an array
// nobody awaits, or nowhere (dropped, voided).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import { isFunctionNode, memberPropertyName, methodCall, parentSkippingWrappers, promiseStaticMethod } from "../node-shapes.js";
import type { HeldClient } from "../lifetime/held-clients.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

const CHAIN_METHODS = new Set(["then", "catch", "finally"]);
/** Combinators that settle only once every member has: awaiting one awaits its members. */
const AWAITING_COMBINATORS = new Set(["all", "allSettled"]);
/** Combinators that settle with the first member to win: the others may still run when they do. */
const RACING_COMBINATORS = new Set(["race", "any"]);
const COMBINATORS = new Set([...AWAITING_COMBINATORS, ...RACING_COMBINATORS]);

/** Follows the promise through `.then/.catch/.finally` and into `Promise.all([…])`: the expression that carries it. */
export function promiseConsumer(start: TSESTree.Node): TSESTree.Node {
  let current = start;
  for (;;) {
    const { parent, top } = parentOf(current);
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === top) {
      const name = memberPropertyName(parent);
      const call = parentOf(parent);
      if (name && CHAIN_METHODS.has(name) && call.parent?.type === AST_NODE_TYPES.CallExpression && call.parent.callee === call.top) {
        current = call.parent;
        continue;
      }
      return current;
    }
    if (parent?.type === AST_NODE_TYPES.ArrayExpression) {
      const combinator = parentOf(parent);
      const call = combinator.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === combinator.top && isAwaitingCombinator(call)) {
        current = call;
        continue;
      }
    }
    // `Promise.all(items.map((item) => client.query(…)))`: the callback's promise goes into the combinator
    const mapped = mappedIntoCombinator(parent, top);
    if (mapped) {
      current = mapped;
      continue;
    }
    return current;
  }
}

/**
 * When `top` is what a `.map` callback returns (its concise body, or a `return` directly in it) and that `.map(…)`
 * is the argument of `Promise.all(…)` and friends: the combinator call. Else null.
 */
function mappedIntoCombinator(parent: TSESTree.Node | undefined, top: TSESTree.Node): TSESTree.CallExpression | null {
  let callback: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === top) callback = parent;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
    const block = parent.parent;
    if (block?.type === AST_NODE_TYPES.BlockStatement && block.parent && isFunctionNode(block.parent)) callback = block.parent;
  }
  const mapCall = callback?.parent;
  if (mapCall?.type !== AST_NODE_TYPES.CallExpression || mapCall.arguments[0] !== callback) return null;
  if (methodCall(mapCall)?.name !== "map") return null;
  const { parent: combinator, top: mapTop } = parentOf(mapCall);
  if (combinator?.type !== AST_NODE_TYPES.CallExpression || combinator.arguments[0] !== mapTop) return null;
  return isAwaitingCombinator(combinator) ? combinator : null;
}

function isPromiseCombinator(call: TSESTree.CallExpression): boolean {
  return COMBINATORS.has(promiseStaticMethod(call) ?? "");
}

function isAwaitingCombinator(call: TSESTree.CallExpression): boolean {
  return AWAITING_COMBINATORS.has(promiseStaticMethod(call) ?? "");
}

/**
 * `Promise.race([work, timeout])` (or `Promise.any`) with `top` an element of its array literal: the combinator's
 * name. Awaiting the race waits for the winner only — a timeout that wins leaves the work running.
 */
export function racingCombinator(parent: TSESTree.Node | undefined, top: TSESTree.Node): string | null {
  if (parent?.type !== AST_NODE_TYPES.ArrayExpression || !parent.elements.includes(top as TSESTree.Expression)) return null;
  const { parent: call, top: array } = parentOf(parent);
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== array) return null;
  const name = promiseStaticMethod(call);
  return name !== null && RACING_COMBINATORS.has(name) ? name : null;
}

/** The parent of `node` past TS wrappers and chains, and the outermost wrapper (`top`) that is its child. */
export function parentOf(node: TSESTree.Node): { parent: TSESTree.Node | undefined; top: TSESTree.Node } {
  const parent = parentSkippingWrappers(node);
  let top = node;
  while (top.parent && top.parent !== parent) top = top.parent;
  return { parent, top };
}

/**
 * `pending.push(client.query(…))` where nothing ever awaits `pending` (no `await Promise.all(pending)`, no return, no
 * release in a chain on it): the array's identifier; null when the promise goes anywhere else or the array is
 * awaited, passed on or stored.
 */
export function collectedInto(
  parent: TSESTree.Node | undefined,
  top: TSESTree.Node,
  held: HeldClient,
  sourceCode: SourceCode,
): TSESTree.Identifier | null {
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(top as TSESTree.CallExpressionArgument)) return null;
  const method = methodCall(parent);
  if (method?.name !== "push" || method.object.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = resolveIdentifier(sourceCode, method.object);
  const definition = variable?.defs[0];
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.init?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  for (const reference of variable!.references) {
    if (reference.init) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const { parent: user } = parentOf(identifier);
    if (user?.type === AST_NODE_TYPES.MemberExpression && user.object === identifier) {
      const name = memberPropertyName(user);
      if (name === "push" || name === "length") continue; // filling or counting it awaits nothing
    }
    if (!reachesOnlyUnawaitedCombinator(identifier, top, held)) return null;
  }
  return method.object;
}

/**
 * The array reference is only fed to `Promise.all(…)` (and chains on it) that nobody awaits, returns or stores, and
 * that does not release the client itself: `Promise.all(pending).then(() => done())`, with no release between the
 * push (`pushed`) and the chain or after it, waits for the work before the client goes back (callback style's await).
 */
function reachesOnlyUnawaitedCombinator(identifier: TSESTree.Identifier, pushed: TSESTree.Node, held: HeldClient): boolean {
  const { parent, top } = parentOf(identifier);
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== top || !isPromiseCombinator(parent)) return false;
  const outer = promiseConsumer(parent);
  const { parent: holder } = parentOf(outer);
  if (holder?.type !== AST_NODE_TYPES.ExpressionStatement && holder?.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  const [start, end] = outer.range;
  const releasesInChain = held.releases.some((release) => release.range[0] >= start && release.range[1] <= end);
  const releasesOutside = held.releases.some(
    (release) => (release.range[0] > pushed.range[1] && release.range[1] < start) || release.range[0] > end,
  );
  return !releasesInChain || releasesOutside;
}

/** The value of `call` goes nowhere: an expression statement, or `void call`. */
export function isDropped(call: TSESTree.CallExpression): boolean {
  const { parent } = parentOf(call);
  return (
    parent?.type === AST_NODE_TYPES.ExpressionStatement ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "void")
  );
}
