// A client stored on the request by a middleware (`req.dbClient = await pool.connect()`) is handed to the rest of the
// chain only when the middleware calls `next()`. When work after the store throws (`await req.dbClient.query("SET …")`)
// into a `catch` that answers the request itself (`res.status(500).json(…)`) without `next`, nothing later in the
// chain runs to release it. Only that visible shape is reported: a catch that calls or passes on `next`, rethrows,
// touches the request again, or a function that registers a listener on the response, stays silent.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { isFunctionNode, methodCall, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";
import { exceptionTarget, isThrowPoint } from "./throw-points.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a response is answered with. */
const RESPONSE_METHODS = new Set(["status", "send", "json", "end", "sendStatus", "redirect", "render"]);
const LISTENER_METHODS = new Set(["on", "once", "addListener"]);

/** The throw point that strands the client and the `try` whose catch ends the request; null when not that shape. */
export function requestEndedOnThrow(
  acquisition: Acquisition,
  sourceCode: SourceCode,
): { at: TSESTree.Node; tryStatement: TSESTree.TryStatement } | null {
  const assignment = acquisition.binding;
  const owner = acquisition.owner;
  if (acquisition.style !== "await" || assignment.type !== AST_NODE_TYPES.AssignmentExpression || !isFunctionNode(owner)) return null;
  const [reqParam, resParam, nextParam] = owner.params;
  if (reqParam?.type !== AST_NODE_TYPES.Identifier || resParam?.type !== AST_NODE_TYPES.Identifier) return null;
  if (nextParam?.type !== AST_NODE_TYPES.Identifier) return null;
  // `req.<name> = await pool.connect();` as a statement of the middleware itself
  const target = unwrapExpression(assignment.left);
  if (target.type !== AST_NODE_TYPES.MemberExpression || !isNamed(target.object, reqParam.name)) return null;
  const statement = assignment.parent;
  const block = statement?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement) return null;
  if (registersResponseListener(owner, resParam.name, sourceCode)) return null;

  // The first throw point after the store and before anything calls `next`.
  let at: TSESTree.Node | null = null;
  for (const later of block.body.slice(block.body.indexOf(statement) + 1)) {
    let callsNext = false;
    walk(later, sourceCode.visitorKeys, (node) => {
      if (at || callsNext || isFunctionNode(node)) return false;
      if (isNamed(node, nextParam.name)) callsNext = true;
      else if (isThrowPoint(node) && !callsNextDirectly(node, nextParam.name)) at = node;
      return !at && !callsNext;
    });
    if (at || callsNext) break;
  }
  if (!at) return null;
  const handler = exceptionTarget(at, owner);
  if (handler?.type !== AST_NODE_TYPES.CatchClause) return null;
  const tryStatement = handler.parent;
  if (!endsRequestWithoutNext(handler.body, [reqParam.name, nextParam.name], resParam.name, sourceCode)) return null;
  if (tryStatement.finalizer && mentionsAny(tryStatement.finalizer, [reqParam.name, nextParam.name], sourceCode)) return null;
  return { at, tryStatement };
}

function callsNextDirectly(node: TSESTree.Node, next: string): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && isNamed(node.callee, next);
}

function isNamed(node: TSESTree.Node, name: string): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.Identifier && value.name === name;
}

/** `res.on("finish", …)` anywhere in the middleware: the response may release the client when it ends. */
function registersResponseListener(owner: TSESTree.Node, res: string, sourceCode: SourceCode): boolean {
  let found = false;
  walk(owner, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const method = methodCall(node);
      if (method && LISTENER_METHODS.has(method.name) && isNamed(method.object, res)) found = true;
    }
    return !found;
  });
  return found;
}

/** The catch answers the request (`res.status(500).json(…)`) and neither rethrows nor mentions `req` or `next`. */
function endsRequestWithoutNext(body: TSESTree.BlockStatement, names: string[], res: string, sourceCode: SourceCode): boolean {
  let answers = false;
  let other = false;
  walk(body, sourceCode.visitorKeys, (node) => {
    if (other) return false;
    if (node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.Identifier && names.includes(node.name))) {
      other = true;
      return false;
    }
    if (node.type === AST_NODE_TYPES.CallExpression && answersResponse(node, res)) answers = true;
    return true;
  });
  return answers && !other;
}

/** `res.status(500).json(…)`, `res.send(…)`, `res.sendStatus(500)`. */
function answersResponse(call: TSESTree.CallExpression, res: string): boolean {
  const method = methodCall(call);
  if (!method || !RESPONSE_METHODS.has(method.name)) return false;
  let object = unwrapExpression(method.object);
  while (object.type === AST_NODE_TYPES.CallExpression) {
    const inner = methodCall(object);
    if (!inner) return false;
    object = unwrapExpression(inner.object);
  }
  return isNamed(object, res);
}

function mentionsAny(root: TSESTree.Node, names: string[], sourceCode: SourceCode): boolean {
  let found = false;
  walk(root, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.Identifier && names.includes(node.name)) found = true;
    return !found;
  });
  return found;
}
