// A client given to a call or a constructor — in an options object (`drizzle({ client, schema })`) or as an argument
// of `new` (`new NodePgTransaction(dialect, session)`) — is lent, not handed over, when the function releases it
// itself after that call, outside a `catch`: code that gives the client back on its way out knows it still owns
// it, so the callee only borrows it. Such a reference is then an ordinary argument (a call that can throw before the
// release), not a transfer that ends the function's duty. Without such a release the object may well be the new
// owner (a session, a request context), and a release only in a `catch` is the failure path of a real hand-over
// (`try { await tx.begin() } catch (e) { client.release(); throw e } return tx;`): both stay transfers. A release in
// a listener of an ending event ('close', 'end', 'finish') the function registers itself counts as its own; one in an
// 'error' listener, like one in a `catch`, does not.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Variable = TSESLint.Scope.Variable;

/** The call (or `new`) whose argument is the object literal holding `property`, when there is one. */
function optionsCall(property: TSESTree.Property): TSESTree.CallExpression | TSESTree.NewExpression | null {
  const object = property.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const call = parentSkippingWrappers(object);
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return null;
  return call.arguments.some((argument) => unwrapExpression(argument) === object) ? call : null;
}

/** The nearest function (or the program) around `node`, and whether a `catch` clause lies between them. */
function codeOwner(node: TSESTree.Node): { owner: TSESTree.Node | undefined; inCatch: boolean } {
  let inCatch = false;
  let current = node.parent;
  while (current && !isFunction(current) && current.type !== AST_NODE_TYPES.Program) {
    if (current.type === AST_NODE_TYPES.CatchClause) inCatch = true;
    current = current.parent;
  }
  return { owner: current, inCatch };
}

/** `x.release()`, or for a wrapper of the client (`session`), `x.client.release()`, through casts. */
function releaseThrough(identifier: TSESTree.Node, wrapped: boolean): boolean {
  let member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (wrapped && memberPropertyName(member) !== "release") {
    const outer = parentSkippingWrappers(member);
    if (outer?.type !== AST_NODE_TYPES.MemberExpression) return false;
    member = outer;
  }
  if (memberPropertyName(member) !== "release") return false;
  const call = parentSkippingWrappers(member);
  return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member;
}

/** Events after which a stream or emitter is done: a release in their listener is the way out of a path that worked. */
const ENDING_EVENTS = new Set(["close", "end", "finish"]);
const LISTENER_METHODS = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);

/**
 * `fn` is a listener of an ending event (`stream.on("close", () => …)`) that `owner` registers itself, outside any
 * `catch`: what it runs is `owner`'s own way out, as a release after the call would be. An 'error' listener is the
 * failure path, like a `catch`, and stays out.
 */
function endingListenerOf(fn: TSESTree.Node | undefined, owner: TSESTree.Node | undefined): boolean {
  if (!fn || !isFunction(fn)) return false;
  const call = parentSkippingWrappers(fn);
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => unwrapExpression(argument) === fn)) return false;
  const callee = unwrapExpression(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
  const event = call.arguments[0];
  if (method === null || !LISTENER_METHODS.has(method) || event?.type !== AST_NODE_TYPES.Literal) return false;
  if (typeof event.value !== "string" || !ENDING_EVENTS.has(event.value)) return false;
  const place = codeOwner(call);
  return place.owner === owner && !place.inCatch;
}

/**
 * The client is released after `call`, outside any `catch` clause, in the same function as `call` or in a listener of
 * an ending event that function registers (atdatabases's queryNodeStream: `connectionStream.on("close", () =>
 * client.release())` after `new Connection(client, …)`).
 */
function releasedAfter(client: Variable, call: TSESTree.Node, wrapped: boolean): boolean {
  const { owner } = codeOwner(call);
  return client.references.some((reference) => {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier.range[0] < call.range[1]) return false;
    const place = codeOwner(identifier);
    const ownWayOut = place.owner === owner || endingListenerOf(place.owner, owner);
    return ownWayOut && !place.inCatch && releaseThrough(identifier, wrapped);
  });
}

/**
 * `parent` is where a reference to the client sits: a property of an options object given to a call or `new`, or
 * the `new` expression it is an argument of. True when that call only borrows the client (see above).
 */
export function lentToCall(
  top: TSESTree.Node,
  parent: TSESTree.Property | TSESTree.NewExpression,
  client: Variable | null,
  wrapped: boolean,
): boolean {
  if (!client) return false;
  if (parent.type === AST_NODE_TYPES.NewExpression) {
    return parent.callee !== top && releasedAfter(client, parent, wrapped);
  }
  const call = optionsCall(parent);
  return call !== null && releasedAfter(client, call, wrapped);
}
