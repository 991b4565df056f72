// Releases in callbacks that never run, so that their registration is no release:
// - a listener of an event pg's Pool never emits, registered on a pool the file makes (`pool.on("close", () =>
//   release())`, tbfidek/BaIn's start-up check). pg-pool (3.x, node_modules/pg-pool/index.js) emits 'connect',
//   'acquire', 'release', 'remove' and 'error', and Node's EventEmitter 'newListener' and 'removeListener'; no other
//   event comes unless someone emits it by hand, which a pool the file writes `.emit` on is left to — and so is one
//   anything else may emit on: an alias, the pool handed to a function, a member written on it, the Pool class's
//   prototype reached (review-i: keptToItself, patchesPoolPrototype).
// - a callback of an RxJS operator (`finalize(() => client.release())`, `tap({ finalize: … })`) given to a `.pipe(…)`
//   whose result is thrown away (Jack-Gitter/TransactionInterceptor before 3a6af33): `pipe` only builds a new
//   Observable, whose operators run when it is subscribed, and nobody can subscribe to one nobody holds.
// - a function expression made and dropped: `clientDB.query(sql), async (err, res) => { done(err); };`
//   (StraXO/JS-Discord-Bot's guildCreate, a parenthesis closed before the callback) makes the arrow the second operand
//   of a comma expression whose value nobody takes, so nothing can ever call it.
// And releases that are never reached: a statement after a `return` or `throw` of its own block
// (`return res.json(…); client.release();` in a query's `.then`, evo0705/JetSpreeNodeJS's trips list before a88c214).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import {
  commonJsExports,
  isDroppedValue,
  isFunctionNode,
  isWrittenMember,
  memberPropertyName,
  methodCall,
  parentSkippingWrappers,
  statementList,
  unwrapExpression,
} from "../node-shapes.js";
import { bindingOfExpression, isPoolConstruction } from "../pools/pg-imports.js";
import { walk } from "../ast-walk.js";
import { innermostListenerBindings } from "./connection-event-releases.js";
import type { EventBinding, FunctionName } from "./event-bound-releases.js";
import { packageBinding } from "./package-bindings.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a pg Pool ever emits: pg-pool's own events, and EventEmitter's on listeners added and removed. */
const POOL_EVENTS = new Set(["connect", "acquire", "release", "remove", "error", "newListener", "removeListener"]);
const RXJS_SOURCES = new Set(["rxjs", "rxjs/operators"]);

/**
 * The release through `identifier` sits in a callback that never runs: a listener of an event its pg Pool never emits,
 * an RxJS operator's callback in a dropped pipe, or a function expression whose value is dropped. `nested`: the functions between the release and its owner,
 * outermost first.
 */
export function releasedInCallbackNeverRun(
  identifier: TSESTree.Identifier,
  nested: readonly TSESTree.Node[],
  nameOf: FunctionName,
  sourceCode: SourceCode,
): boolean {
  const bindings = innermostListenerBindings(identifier, nested, nameOf);
  if (bindings?.every((binding) => binding !== null && neverEmitted(binding, sourceCode))) return true;
  if (nested.some(isDroppedFunction)) return true;
  const callbacks = nested.length > 0 ? nested : [identifier];
  return callbacks.some((callback) => isOperatorOfDroppedPipe(callback, sourceCode));
}

/**
 * An arrow function or function expression made where its value is dropped (a statement of its own, `void`, a comma
 * expression's operand nobody takes): no reference to it exists, so no one can call it. A declaration, a method and a
 * function called where it is written (`(() => done())()`) are not values dropped.
 */
function isDroppedFunction(fn: TSESTree.Node): boolean {
  return (fn.type === AST_NODE_TYPES.ArrowFunctionExpression || fn.type === AST_NODE_TYPES.FunctionExpression) && isDroppedValue(fn);
}

/**
 * `identifier` sits in a statement that follows a `return` or `throw` in its own statement list, or in one nested in
 * such a statement, within its function: nothing there runs. A function boundary ends the search (a declaration after
 * a `return` is hoisted, and its body runs when it is called).
 */
export function unreachableAfterExit(identifier: TSESTree.Identifier): boolean {
  for (let node: TSESTree.Node | undefined = identifier; node && !isFunctionNode(node); node = node.parent) {
    const list = statementList(node);
    if (!list) continue;
    const before = list.slice(0, list.indexOf(node));
    if (before.some((statement) => statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement)) return true;
  }
  return false;
}

/** `pool.on(event, …)` for an event pg's Pool never emits, on a `const`-like variable holding `new Pool(…)` of pg. */
function neverEmitted(binding: EventBinding, sourceCode: SourceCode): boolean {
  if (POOL_EVENTS.has(binding.event)) return false;
  const emitter = unwrapExpression(binding.emitter);
  if (emitter.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = resolveIdentifier(sourceCode, emitter);
  const definition = variable?.defs.length === 1 ? variable.defs[0]! : null;
  if (definition?.type !== "Variable" || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  if (!definition.node.init || !isPoolConstruction(definition.node.init, sourceCode)) return false;
  // Written again (another value), emitted on by hand (`pool.emit("close")`), or within reach of code that may emit.
  if (!variable!.references.every((reference) => reference.init || keptToItself(reference.identifier))) return false;
  return !patchesPoolPrototype(sourceCode);
}

/**
 * The pool named by `use` can emit nothing by this use: a call or read of one of its members other than `emit`, or an
 * export of the pool, ESM or CommonJS (another module's `.emit` is not followed, as with a pool's name). Not an alias
 * (`const bus = pool`), an argument (`onShutdown(pool)`, `EventEmitter.prototype.emit.call(pool, …)`) or a member
 * written (`pool.stop = function () { this.emit("stop") }`): each may emit the event.
 */
function keptToItself(use: TSESTree.Node): boolean {
  const parent = parentSkippingWrappers(use);
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration || parent?.type === AST_NODE_TYPES.ExportSpecifier) return true;
  // `module.exports = pool`, `module.exports = { pool }`, `exports.pool = pool`: exported as well.
  const assignment = parent?.type === AST_NODE_TYPES.Property ? parentSkippingWrappers(parent.parent) : parent;
  if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && commonJsExports(assignment).some(({ value }) => unwrapExpression(value) === use)) {
    return true;
  }
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== use) return false;
  const name = memberPropertyName(parent);
  if (name === null || name === "emit") return false;
  return !isWrittenMember(parent);
}

/** The file reaches a pool class's prototype (`pg.Pool.prototype.close = function () { this.emit("close") }`). */
function patchesPoolPrototype(sourceCode: SourceCode): boolean {
  if (!sourceCode.text.includes("prototype")) return false;
  let found = false;
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(node) !== "prototype") return;
    found = bindingOfExpression(node.object, sourceCode) === "pool-class";
  });
  return found;
}

/**
 * `callback` is given to an operator imported from rxjs — as its argument, or a property of an object argument
 * (`tap({ finalize })`) — and the operator to a `.pipe(…)` (or a chain of them) used as a statement of its own.
 */
function isOperatorOfDroppedPipe(callback: TSESTree.Node, sourceCode: SourceCode): boolean {
  let argument: TSESTree.Node = callback;
  let operator = parentSkippingWrappers(argument);
  if (operator?.type === AST_NODE_TYPES.Property && operator.parent.type === AST_NODE_TYPES.ObjectExpression && unwrapExpression(operator.value) === argument) {
    argument = operator.parent;
    operator = parentSkippingWrappers(argument);
  }
  if (operator?.type !== AST_NODE_TYPES.CallExpression || !operator.arguments.some((a) => unwrapExpression(a) === argument)) return false;
  if (!isRxjsFunction(unwrapExpression(operator.callee), sourceCode)) return false;
  let pipe = parentSkippingWrappers(operator);
  if (pipe?.type !== AST_NODE_TYPES.CallExpression || methodCall(pipe)?.name !== "pipe" || !pipe.arguments.some((a) => unwrapExpression(a) === operator)) {
    return false;
  }
  // `x.pipe(a).pipe(b)`: the last pipe's result is the one thrown away or kept.
  for (;;) {
    const member = parentSkippingWrappers(pipe);
    const call = member ? parentSkippingWrappers(member) : undefined;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(member) !== "pipe") break;
    if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) break;
    pipe = call;
  }
  let holder = parentSkippingWrappers(pipe);
  if (holder?.type === AST_NODE_TYPES.UnaryExpression && holder.operator === "void") holder = parentSkippingWrappers(holder);
  return holder?.type === AST_NODE_TYPES.ExpressionStatement;
}

/** `finalize` imported from rxjs (or rxjs/operators), or `rx.finalize` with `rx` the package itself. */
function isRxjsFunction(callee: TSESTree.Node, sourceCode: SourceCode): boolean {
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee : null;
  const namespace = callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? unwrapExpression(callee.object) : null;
  const bound = name ?? (namespace?.type === AST_NODE_TYPES.Identifier ? namespace : null);
  const binding = bound ? packageBinding(sourceCode, bound) : null;
  return binding !== null && RXJS_SOURCES.has(binding.source) && (binding.name !== null) === (name !== null);
}
