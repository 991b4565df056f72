// A checkout stored in an outer variable or a field is a hand-over: whoever reads it there (the next boot, a failed
// heartbeat, shutdown) releases it. One shape drops it all the same: the client's own 'error' or 'end' listener
// clears that store (`activeListenerClient = undefined`) without a release. When the connection drops the listener
// runs, nothing can reach the client any more, and pg-pool keeps counting it (it stops watching a checked-out
// client's errors until the release, and never watches 'end'): arbengine's rail-events listener. Read only when the
// store is the client's one way out — every other reference to it is a method call on it (`client.query(…)`,
// `client.on(…)`), none a release or a listener's removal — and the listener is written inline on the client, never
// names it, and clears the store as one of its own statements with nothing before it but logging.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import type { Leak } from "./lifetime-findings.js";
import { isLoggingCall } from "./throw-points.js";
import { resolveIdentifier } from "../find-variable.js";
import { someNodeBelow } from "../ast-walk.js";
import { encloses, isFunctionNode, isNothing, memberPropertyName, methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The events a dropped connection emits on a pg client. */
const DROP_EVENTS = new Set(["error", "end"]);
const LISTENER_METHODS = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
/** Methods that would give the client back, or take the listener away before it runs. */
const REFUSED_METHODS = new Set(["release", "removeListener", "removeAllListeners", "off"]);

/**
 * The leak of `acquisition`'s stored client that its listener drops (see above), reported at the clearing
 * assignment's line, with the store as written (`activeListenerClient`, `this.client`) and the event; or null.
 */
export function listenerClearedLeak(acquisition: Acquisition, sourceCode: SourceCode): Leak | null {
  const { client, binding, owner } = acquisition;
  if (acquisition.style !== "await" || acquisition.target !== "variable" || !client || acquisition.wrapped === true) return null;
  if (acquisition.pgPromise === true || binding.type !== AST_NODE_TYPES.VariableDeclarator || !isFunctionNode(owner)) return null;
  let store: TSESTree.AssignmentExpression | null = null;
  const listeners: TSESTree.CallExpression[] = [];
  for (const reference of client.references) {
    if (reference.init) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = parentSkippingWrappers(identifier);
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" && unwrapExpression(parent.right) === identifier) {
      if (store || parentSkippingWrappers(parent)?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
      store = parent;
      continue;
    }
    const call = parent?.type === AST_NODE_TYPES.MemberExpression ? parentSkippingWrappers(parent) : undefined;
    const method = call?.type === AST_NODE_TYPES.CallExpression ? methodCall(call) : null;
    if (!method || unwrapExpression(method.object) !== identifier || REFUSED_METHODS.has(method.name)) return null;
    if (LISTENER_METHODS.has(method.name)) listeners.push(call as TSESTree.CallExpression);
  }
  const holds = store && outerHolder(store.left, owner, sourceCode);
  if (!store || !holds) return null;
  for (const call of listeners) {
    const [name, listener] = call.arguments;
    const event = name?.type === AST_NODE_TYPES.Literal && typeof name.value === "string" ? name.value : null;
    if (!event || !DROP_EVENTS.has(event) || !listener || (listener.type !== AST_NODE_TYPES.ArrowFunctionExpression && listener.type !== AST_NODE_TYPES.FunctionExpression)) continue;
    const at = clearingStatement(listener, holds, client);
    if (at) {
      const listener = { holder: sourceCode.getText(store.left), event };
      return { acquisition, cause: "clearedByListener", at, line: at.loc.start.line, exit: "call", tryStatement: null, listener };
    }
  }
  return null;
}

/**
 * A test for the nodes naming the store's target when it outlives `fn`: a variable declared outside it, or
 * `this.field` in a method (through arrows); null for any other target.
 */
function outerHolder(target: TSESTree.Node, fn: TSESTree.Node, sourceCode: SourceCode): ((node: TSESTree.Node) => boolean) | null {
  const left = unwrapExpression(target);
  if (left.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(sourceCode, left);
    const declared = variable?.defs[0]?.name;
    if (!variable || !declared || encloses(fn, declared)) return null;
    const references = new Set<TSESTree.Node>(variable.references.map((reference) => reference.identifier));
    return (node) => references.has(node);
  }
  if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.ThisExpression || fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return null;
  const field = memberPropertyName(left);
  if (field === null) return null;
  return (node) => node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && memberPropertyName(node) === field;
}

/**
 * The listener's own statement `holder = undefined` (or null), when the listener never names the client and nothing
 * before that statement names the holder, leaves, or calls anything but a logger.
 */
function clearingStatement(
  listener: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression,
  holds: (node: TSESTree.Node) => boolean,
  client: TSESLint.Scope.Variable,
): TSESTree.AssignmentExpression | null {
  const names = new Set<TSESTree.Node>(client.references.map((reference) => reference.identifier));
  if (listener.body.type !== AST_NODE_TYPES.BlockStatement || someNodeBelow([listener.body], (node) => names.has(node))) return null;
  // `this.client = undefined` in a `function` listener names the emitter's `this`, not the class's.
  if (listener.type === AST_NODE_TYPES.FunctionExpression && someNodeBelow([listener.body], (node) => node.type === AST_NODE_TYPES.ThisExpression)) return null;
  const statements = listener.body.body;
  for (const [index, statement] of statements.entries()) {
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? unwrapExpression(statement.expression) : null;
    if (expression?.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=" || !holds(unwrapExpression(expression.left)) || !isNothing(expression.right)) continue;
    const before = statements.slice(0, index);
    const busy = someNodeBelow(before, (node) => {
      if (isFunctionNode(node)) return "skip";
      if (node.type === AST_NODE_TYPES.CallExpression) return !isLoggingCall(node);
      return holds(node) || node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement;
    });
    return busy ? null : expression;
  }
  return null;
}
