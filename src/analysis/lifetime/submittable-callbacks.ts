// A submittable handed to the client (`client.query(cursor)`, `const cursor = client.query(new Cursor(…))`) carries
// the client's work on in its own callbacks: `cursor.read(n, (err, rows) => …)` and `cursor.close((err) => …)` are
// continuations as `client.query(sql, cb)` is — the release usually sits at the end of them, and an assertion or a
// `throw` before it leaves the client out. Real code wraps them in a promise executor
// (`await new Promise((resolve) => { cursor.read(…) })`), which runs at once: the executor is looked through when
// such a continuation sits inside it.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { methodCall, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { callReceiving } from "./callback-arguments.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `c.query(…)` where `c` is one of the client's references. */
function isClientQuery(node: TSESTree.Node | undefined, clientReferences: ReadonlySet<TSESTree.Node>): node is TSESTree.CallExpression {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = methodCall(node);
  return method?.name === "query" && clientReferences.has(unwrapExpression(method.object));
}

/** The variable was handed to the client as a submittable, or holds the one the client returned for it. */
function isSubmittedToClient(variable: TSESLint.Scope.Variable, clientReferences: ReadonlySet<TSESTree.Node>): boolean {
  const def = variable.defs[0];
  if (variable.defs.length === 1 && def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init) {
    const init = unwrapExpression(def.node.init);
    if (isClientQuery(init, clientReferences) && init.arguments[0] && unwrapExpression(init.arguments[0]).type === AST_NODE_TYPES.NewExpression) {
      return true;
    }
  }
  return variable.references.some((reference) => {
    const parent = parentSkippingWrappers(reference.identifier);
    return isClientQuery(parent, clientReferences) && unwrapExpression(parent.arguments[0]!) === reference.identifier;
  });
}

/** `cursor.read(n, fn)`, `cursor.close(fn)`: `fn` is a callback of a submittable the client runs. */
export function isSubmittableCallback(fn: TSESTree.Node, clientReferences: ReadonlySet<TSESTree.Node>, sourceCode: SourceCode): boolean {
  const call = callReceiving(fn);
  const callee = call ? unwrapExpression(call.callee) : null;
  if (callee?.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier || clientReferences.has(object)) return false;
  const variable = findVariable(sourceCode.getScope(object), object);
  return variable !== null && isSubmittedToClient(variable, clientReferences);
}

/** `new Promise((resolve, reject) => …)`: the executor, which runs at once where the promise is made. */
export function isPromiseExecutor(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.NewExpression || parent.arguments[0] !== fn) return false;
  const callee = unwrapExpression(parent.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === "Promise";
}
