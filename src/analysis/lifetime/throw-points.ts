// Where an exception can come from, and where it goes. ESLint's code paths have no throw edge for a call outside a
// `try` and none at all for `await`, so the lifetime analysis treats every call and `await` as able to throw —
// except logging, which a person reading the code does not count as work, and registering a timer.
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, methodCall } from "../node-shapes.js";
import { isTimerCall } from "../timers.js";

/** Registering or removing an event listener (`client.on("notification", …)`) does not throw. */
const LISTENER_METHODS = new Set(["on", "once", "off", "addListener", "prependListener", "prependOnceListener", "removeListener", "removeAllListeners"]);
const LOG_METHODS = new Set(["info", "warn", "error", "debug", "trace", "fatal", "log"]);
const LOGGER_NAME = /^(console|log|logger)$|logger$/i;

/** `console.*(...)` or a logger's `info/warn/error/debug/trace/fatal/log(...)` (`logger`, `this.logger`, `req.log`). */
export function isLoggingCall(call: TSESTree.CallExpression): boolean {
  const method = methodCall(call);
  if (!method || !LOG_METHODS.has(method.name)) return false;
  const object = method.object;
  if (object.type === AST_NODE_TYPES.Identifier) return LOGGER_NAME.test(object.name);
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberPropertyName(object);
    return name !== null && LOGGER_NAME.test(name);
  }
  return false;
}

/** True for a node that may throw (or reject) once evaluated: a call other than logging or a timer, `new`, `await`. */
export function isThrowPoint(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
      return !isLoggingCall(node) && !isTimerCall(node) && !LISTENER_METHODS.has(methodCall(node)?.name ?? "");
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return true;
    default:
      return false;
  }
}

/**
 * Where an exception thrown at `node` goes within its code path (`owner`): the `catch` clause or `finally` block
 * that receives it, or null when it leaves the function.
 */
export function exceptionTarget(
  node: TSESTree.Node,
  owner: TSESTree.Node,
): TSESTree.CatchClause | TSESTree.BlockStatement | null {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current && child !== owner) {
    if (current.type === AST_NODE_TYPES.TryStatement) {
      if (child === current.block) {
        if (current.handler) return current.handler;
        if (current.finalizer) return current.finalizer;
      } else if (child === current.handler && current.finalizer) {
        return current.finalizer;
      }
    }
    child = current;
    current = current.parent;
  }
  return null;
}
