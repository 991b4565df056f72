// The callback parameters a function calls only after reading a query's result it never checked the error of
// (muminoff/vt-chat-server's lib/signin.js, gaps-32a: `(client, token, logger, callback) => { client.query(sql, [token],
// (err, result) => { callback(result.rows[0]); }); }`). pg calls a failed query back with the error alone, so the read
// throws inside the query callback and `callback` is never called: a caller that releases its client only in that
// callback never does. Read syntactically, for a function of a local module read from disk (no scopes), and strictly:
// - the function is neither async nor a generator, both parameters plain names it never assigns, the callback named
//   nowhere in the function but the statement of the query callback that reads the result;
// - the query is a statement of the body's own list on the client parameter, its callback written inline,
//   `(err, result) => { … }`, an error first;
// - in that callback, no statement before the read names the result or the callback (`if (err) log(err);` may come
//   first; one that returns or throws never calls back either); the read `result.x` is on the straight path of its
//   statement (call arguments, members, array and object literals, declarations; no condition, no `?.`), and every
//   mention of the callback in that statement is a call taking the read among its arguments (the read runs first).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { encloses, isExpressionWrapper, memberPropertyName, unwrapExpression } from "../node-shapes.js";

/** `err`, `error`, `queryErr`, `e`: the name of an error parameter (callback-arguments.ts reads it the same way). */
const ERROR_NAME = /^e$|err/i;

/** For each callback parameter `fn` calls only after an unchecked read of a query's result: the client parameter's index. */
export function uncheckedReadCallbacks(fn: TSESTree.FunctionLike): ReadonlyMap<number, number> {
  const found = new Map<number, number>();
  const body = fn.body;
  if (fn.async || fn.generator || body?.type !== AST_NODE_TYPES.BlockStatement) return found;
  const names = fn.params.map((param) => (param.type === AST_NODE_TYPES.Identifier && !assigns(body, param.name) ? param.name : null));
  names.forEach((client, clientIndex) => {
    if (client === null) return;
    const queryIndex = body.body.findIndex((statement) => queryCallbackOf(statement, client) !== null);
    if (queryIndex < 0) return;
    const query = queryCallbackOf(body.body[queryIndex]!, client)!;
    names.forEach((callback, callbackIndex) => {
      if (callback === null || callbackIndex === clientIndex || callback === client) return;
      const elsewhere = body.body.some((statement, index) => index !== queryIndex && mentions(statement, callback));
      if (elsewhere || query.call.arguments.some((argument) => argument !== query.callback && mentions(argument, callback))) return;
      if (callsBackAfterRead(query.callback, callback)) found.set(callbackIndex, clientIndex);
    });
  });
  return found;
}

/** `client.query(…, (err, result) => { … })` as a statement of its own: the call and its inline callback. */
function queryCallbackOf(
  statement: TSESTree.Statement,
  client: string,
): { call: TSESTree.CallExpression; callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression } | null {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
  const call = unwrapExpression(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length < 2) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(callee) !== "query") return null;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== client) return null;
  const callback = call.arguments[call.arguments.length - 1]!;
  if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback.type !== AST_NODE_TYPES.FunctionExpression) return null;
  return { call, callback };
}

/** In the query callback: the callback parameter is called only after a read of the result, before any error check. */
function callsBackAfterRead(query: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, callback: string): boolean {
  const [error, result] = query.params;
  if (error?.type !== AST_NODE_TYPES.Identifier || !ERROR_NAME.test(error.name) || result?.type !== AST_NODE_TYPES.Identifier) return false;
  if (query.body.type !== AST_NODE_TYPES.BlockStatement || [error.name, result.name].includes(callback)) return false;
  for (const statement of query.body.body) {
    const read = straightRead(statement, result.name);
    if (read) return callsEnclosing(statement, callback, read);
    // Any other statement (`if (err) log(err);`, a `return` or a `throw`, which never call back either) goes on.
    if (mentions(statement, callback) || mentions(statement, result.name)) return false;
  }
  return false;
}

/** A read `result.x` that `statement` makes on its straight path (see above), else null. */
function straightRead(statement: TSESTree.Statement, result: string): TSESTree.MemberExpression | null {
  const roots: TSESTree.Node[] =
    statement.type === AST_NODE_TYPES.ExpressionStatement
      ? [statement.expression]
      : statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument
        ? [statement.argument]
        : statement.type === AST_NODE_TYPES.VariableDeclaration
          ? statement.declarations.flatMap((declarator) => (declarator.init ? [declarator.init] : []))
          : [];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isExpressionWrapper(node) && node.type !== AST_NODE_TYPES.ChainExpression) stack.push(node.expression);
    else if (node.type === AST_NODE_TYPES.CallExpression) stack.push(node.callee, ...node.arguments);
    else if (node.type === AST_NODE_TYPES.ArrayExpression) stack.push(...node.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement));
    else if (node.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of node.properties) if (property.type === AST_NODE_TYPES.Property && !property.computed) stack.push(property.value);
    } else if (node.type === AST_NODE_TYPES.MemberExpression && !node.optional) {
      const object = unwrapExpression(node.object);
      if (object.type === AST_NODE_TYPES.Identifier && object.name === result && node.object === object) return node;
      stack.push(node.object);
    }
  }
  return null;
}

/** Every mention of `callback` in `statement` is a call that takes `read` among its arguments. */
function callsEnclosing(statement: TSESTree.Statement, callback: string, read: TSESTree.Node): boolean {
  const calls: TSESTree.CallExpression[] = [];
  let mentions = 0;
  someNodeBelow([statement], (node) => {
    if (node.type === AST_NODE_TYPES.Identifier && node.name === callback) mentions++;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === callback) calls.push(node);
    }
    return false;
  });
  return mentions === calls.length && calls.every((call) => call.arguments.some((argument) => encloses(argument, read)));
}

/** Some identifier of `node` (or below it) is named `name`. */
function mentions(node: TSESTree.Node, name: string): boolean {
  return someNodeBelow([node], (candidate) => candidate.type === AST_NODE_TYPES.Identifier && candidate.name === name);
}

/** `name = …`, `name += …`, `name++` anywhere in `body`. */
function assigns(body: TSESTree.Node, name: string): boolean {
  return someNodeBelow([body], (node) => {
    const target =
      node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : null;
    return target?.type === AST_NODE_TYPES.Identifier && target.name === name;
  });
}
